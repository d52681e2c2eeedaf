package dev.xsdcompat.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ListProperty;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.model.SchemaModel;

/**
 * The old model as if a rename had always been in place: paths, namespaces and every reference rewritten, so
 * the renamed components are matched with their new selves and compared property by property.
 */
final class ModelRewrite {

    private ModelRewrite() {
    }

    static SchemaModel apply(SchemaModel model, UnaryOperator<String> rewrite, UnaryOperator<String> namespace) {
        Map<ComponentKey, Component> moved = new LinkedHashMap<>();
        for (Component c : model.all()) {
            Map<Property, String> props = new EnumMap<>(Property.class);
            c.properties().forEach((k, v) -> props.put(k, rewrite.apply(v)));
            Map<ListProperty, List<String>> lists = new EnumMap<>(ListProperty.class);
            c.lists().forEach((k, v) -> lists.put(k, v.stream().map(rewrite).toList()));
            Component r = new Component(c.kind(), rewrite.apply(c.path()), namespace.apply(c.namespace()), c.name(),
                    c.global(), props, lists, c.location());
            moved.put(r.key(), r);
        }
        return new SchemaModel(model.label(), new TreeMap<>(moved), model.documents(), model.warnings());
    }
}
