package dev.xsdcompat.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.model.SourceLocation;
import dev.xsdcompat.rules.Rule;

/**
 * A namespace that disappears while a new one appears holding mostly the same global names was renamed. Saying so
 * once, then comparing its content under the new name, beats reporting every component removed and re-added.
 */
final class NamespaceRenames {

    private static final double SAME_SHARE = 0.5;

    private NamespaceRenames() {
    }

    /** Old namespace to new, for each rename found. */
    static Map<String, String> detect(SchemaModel oldModel, SchemaModel newModel) {
        SortedSet<String> gone = new TreeSet<>(oldModel.namespaces());
        gone.removeAll(newModel.namespaces());
        SortedSet<String> arrived = new TreeSet<>(newModel.namespaces());
        arrived.removeAll(oldModel.namespaces());
        Map<String, String> renames = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        for (String oldNs : gone) {
            Set<String> oldNames = globalNames(oldModel, oldNs);
            String best = null;
            double bestShare = 0;
            for (String newNs : arrived) {
                if (taken.contains(newNs)) {
                    continue;
                }
                Set<String> newNames = globalNames(newModel, newNs);
                Set<String> common = new HashSet<>(oldNames);
                common.retainAll(newNames);
                double share = common.size() / (double) Math.max(1, Math.min(oldNames.size(), newNames.size()));
                if (share > bestShare) {
                    best = newNs;
                    bestShare = share;
                }
            }
            if (best != null && bestShare >= SAME_SHARE) {
                renames.put(oldNs, best);
                taken.add(best);
            }
        }
        return renames;
    }

    static List<Change> changes(Map<String, String> renames) {
        List<Change> out = new ArrayList<>();
        renames.forEach((from, to) -> out.add(new Change(Rule.NAMESPACE_CHANGED, "{" + to + "}",
                ComponentKind.NAMESPACE, to, "", null, from, to, SourceLocation.UNKNOWN, SourceLocation.UNKNOWN)));
        return out;
    }

    /** The old model as if its renamed namespaces had always had their new names. */
    static SchemaModel apply(SchemaModel model, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return model;
        }
        return ModelRewrite.apply(model, v -> replace(v, renames), ns -> renames.getOrDefault(ns, ns));
    }

    private static String replace(String value, Map<String, String> renames) {
        String out = value;
        for (Map.Entry<String, String> e : renames.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", "{" + e.getValue() + "}");
        }
        return out;
    }

    private static Set<String> globalNames(SchemaModel model, String namespace) {
        Set<String> names = new HashSet<>();
        model.all().stream().filter(Component::global).filter(c -> c.namespace().equals(namespace))
                .forEach(c -> names.add(c.kind().space() + ":" + c.name()));
        return names;
    }
}
