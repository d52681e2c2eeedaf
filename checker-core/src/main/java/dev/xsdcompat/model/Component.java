package dev.xsdcompat.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One declaration, normalized. {@code namespace} and {@code name} are the component's own qualified name
 * (for local declarations, the name they have in documents); {@code path} is its stable identity.
 */
public record Component(ComponentKind kind, String path, String namespace, String name, boolean global,
        Map<Property, String> properties, Map<ListProperty, List<String>> lists, SourceLocation location) {

    public Component {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(path);
        namespace = namespace == null ? "" : namespace;
        properties = Collections.unmodifiableMap(properties.isEmpty()
                ? new EnumMap<>(Property.class) : new EnumMap<>(properties));
        EnumMap<ListProperty, List<String>> copy = new EnumMap<>(ListProperty.class);
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = Collections.unmodifiableMap(copy);
        location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public ComponentKey key() {
        return new ComponentKey(kind.space(), path);
    }

    /** A property's value, or null when it has its default. */
    public String get(Property p) {
        return properties.get(p);
    }

    public List<String> list(ListProperty p) {
        return lists.getOrDefault(p, List.of());
    }

    /** The same declaration with different properties: what accepts the same documents compares equal. */
    public boolean sameDefinition(Component other) {
        return kind == other.kind && properties.equals(other.properties) && lists.equals(other.lists);
    }
}
