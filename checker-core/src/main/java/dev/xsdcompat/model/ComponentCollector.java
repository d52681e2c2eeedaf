package dev.xsdcompat.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.xsdcompat.load.LoadWarning;

/**
 * Gathers components. The same path defined twice with different content (a folder holding two versions of a
 * descriptor in one namespace) keeps the first and is reported once per pair of files, not once per component.
 */
final class ComponentCollector {

    private final Map<ComponentKey, Component> components = new HashMap<>();
    private final Map<String, Conflict> conflicts = new TreeMap<>();

    private static final class Conflict {
        private final String example;
        private int count;

        Conflict(String example) {
            this.example = example;
        }
    }

    void add(Component c) {
        Component existing = components.putIfAbsent(c.key(), c);
        if (existing != null && !existing.sameDefinition(c)) {
            String files = existing.location().file() + " and " + c.location().file();
            conflicts.computeIfAbsent(files, f -> new Conflict(existing.path())).count++;
        }
    }

    Map<ComponentKey, Component> components() {
        return components;
    }

    List<LoadWarning> warnings() {
        return conflicts.entrySet().stream().map(e -> new LoadWarning(LoadWarning.Kind.CONFLICTING_DEFINITION,
                e.getKey(), e.getValue().count + " component(s) are defined differently in " + e.getKey()
                        + " (e.g. " + e.getValue().example + "); the first is kept. Two versions of one namespace "
                        + "in one set conflict: compare entry files rather than the whole folder")).toList();
    }
}
