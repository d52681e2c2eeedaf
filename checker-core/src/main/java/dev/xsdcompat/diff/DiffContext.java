package dev.xsdcompat.diff;

import dev.xsdcompat.model.SchemaModel;

/** What checks may consult beyond the two components: both models, and derivation between types. */
record DiffContext(SchemaModel oldModel, SchemaModel newModel, TypeHierarchy types) {

    DiffContext(SchemaModel oldModel, SchemaModel newModel) {
        this(oldModel, newModel, new TypeHierarchy(newModel, oldModel));
    }
}
