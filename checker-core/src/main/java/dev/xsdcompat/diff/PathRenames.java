package dev.xsdcompat.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.rules.Rule;

/**
 * Renames the user declared (old path to new path): each becomes one {@code renamed} change, and the old model is
 * rewritten so the component and everything inside it are compared with their renamed selves.
 */
final class PathRenames {

    private PathRenames() {
    }

    /** Only renames whose old path exists in the old model and new path in the new one take effect. */
    static Map<String, String> effective(Map<String, String> renames, SchemaModel oldModel, SchemaModel newModel) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        renames.forEach((from, to) -> {
            if (find(oldModel, from).isPresent() && find(newModel, to).isPresent()) {
                out.put(from, to);
            }
        });
        return out;
    }

    static List<Change> changes(Map<String, String> renames, SchemaModel oldModel, SchemaModel newModel) {
        List<Change> out = new ArrayList<>();
        renames.forEach((from, to) -> {
            Component o = find(oldModel, from).orElseThrow();
            Component n = find(newModel, to).orElseThrow();
            out.add(new Change(Rule.RENAMED, to, n.kind(), n.namespace(), n.name(), null, from, to, o.location(),
                    n.location()));
        });
        return out;
    }

    static SchemaModel apply(SchemaModel model, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return model;
        }
        return ModelRewrite.apply(model, v -> rename(v, renames), ns -> ns);
    }

    /** A path at or below a renamed one moves with it; a reference to exactly the renamed name follows it. */
    private static String rename(String value, Map<String, String> renames) {
        for (Map.Entry<String, String> e : renames.entrySet()) {
            String from = e.getKey();
            if (value.equals(from)) {
                return e.getValue();
            }
            if (value.startsWith(from + "/")) {
                return e.getValue() + value.substring(from.length());
            }
        }
        return value;
    }

    private static Optional<Component> find(SchemaModel model, String path) {
        for (ComponentKind.Space space : ComponentKind.Space.values()) {
            Optional<Component> c = model.find(new ComponentKey(space, path));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
