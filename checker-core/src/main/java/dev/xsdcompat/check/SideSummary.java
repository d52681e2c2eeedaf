package dev.xsdcompat.check;

import java.util.List;

import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.model.SchemaModel;

/** What was loaded on one side: as the user named it, how much, and what was worked around. */
public record SideSummary(String label, List<String> documents, int components, List<String> namespaces,
        List<LoadWarning> warnings) {

    public SideSummary {
        documents = List.copyOf(documents);
        namespaces = List.copyOf(namespaces);
        warnings = List.copyOf(warnings);
    }

    static SideSummary of(SchemaModel model) {
        return new SideSummary(model.label(), model.documents(), model.components().size(),
                List.copyOf(model.namespaces()), model.warnings());
    }
}
