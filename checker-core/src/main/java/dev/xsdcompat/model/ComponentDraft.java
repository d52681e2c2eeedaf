package dev.xsdcompat.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A component under construction; {@link #build()} freezes it. Only the model step uses drafts. */
final class ComponentDraft {

    private final ComponentKind kind;
    private final String path;
    private final String namespace;
    private final String name;
    private final boolean global;
    private final Map<Property, String> properties = new EnumMap<>(Property.class);
    private final Map<ListProperty, List<String>> lists = new EnumMap<>(ListProperty.class);

    ComponentDraft(ComponentKind kind, String path, String namespace, String name, boolean global) {
        this.kind = kind;
        this.path = path;
        this.namespace = namespace;
        this.name = name;
        this.global = global;
    }

    String path() {
        return path;
    }

    /** Sets a property unless the value is null (the default). */
    ComponentDraft set(Property p, String value) {
        if (value != null && !value.isEmpty()) {
            properties.put(p, value);
        }
        return this;
    }

    ComponentDraft flag(Property p, boolean on) {
        return on ? set(p, "true") : this;
    }

    ComponentDraft add(ListProperty p, String value) {
        lists.computeIfAbsent(p, k -> new ArrayList<>()).add(value);
        return this;
    }

    ComponentDraft sortList(ListProperty p) {
        List<String> values = lists.get(p);
        if (values != null) {
            values.sort(null);
        }
        return this;
    }

    Component build(SourceLocation location) {
        return new Component(kind, path, namespace, name, global, properties, lists, location);
    }
}
