package dev.xsdcompat.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.xsdcompat.load.LoadWarning;

/** The components of one schema set, by key, in a stable order; plus what loading and modelling worked around. */
public record SchemaModel(String label, SortedMap<ComponentKey, Component> components, List<String> documents,
        List<LoadWarning> warnings) {

    public SchemaModel {
        components = Collections.unmodifiableSortedMap(new TreeMap<>(components));
        documents = List.copyOf(documents);
        warnings = warnings.stream().sorted().distinct().toList();
    }

    public Optional<Component> find(ComponentKey key) {
        return Optional.ofNullable(components.get(key));
    }

    public Collection<Component> all() {
        return components.values();
    }

    /** Target namespaces that declare at least one global component. */
    public SortedSet<String> namespaces() {
        SortedSet<String> namespaces = new TreeSet<>();
        components.values().stream().filter(Component::global).forEach(c -> namespaces.add(c.namespace()));
        return namespaces;
    }
}
