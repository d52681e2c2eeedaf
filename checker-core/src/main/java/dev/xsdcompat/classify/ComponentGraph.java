package dev.xsdcompat.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind.Space;
import dev.xsdcompat.model.ListProperty;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.model.Paths;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.model.SchemaModel;

/**
 * What a document starting at a component can contain: element and attribute references, types (named and
 * anonymous), base types, list items and union members, model and attribute groups, and the members of
 * substitution groups. Built over both versions at once, so a change that exists on one side only is still
 * reached. Types derived from a reachable type are followed only when asked ({@code derivedTypes}): a document
 * may then use them in place of their base through {@code xsi:type}, unless the base type blocks that kind of
 * derivation ({@code block} on the type; {@code block} on an element declaration is not considered).
 */
final class ComponentGraph {

    private final Map<ComponentKey, List<ComponentKey>> edges = new HashMap<>();

    ComponentGraph(SchemaModel... models) {
        this(false, models);
    }

    ComponentGraph(boolean derivedTypes, SchemaModel... models) {
        Map<String, List<ComponentKey>> childrenByOwner = new HashMap<>();
        Map<String, List<ComponentKey>> substitutes = new HashMap<>();
        Map<String, List<Component>> derived = new HashMap<>();
        for (SchemaModel m : models) {
            for (Component c : m.all()) {
                String parent = Paths.parent(c.path());
                if (parent != null) {
                    childrenByOwner.computeIfAbsent(parent, k -> new ArrayList<>()).add(c.key());
                }
                if (c.get(Property.SUBSTITUTION_GROUP) != null) {
                    substitutes.computeIfAbsent(c.get(Property.SUBSTITUTION_GROUP), k -> new ArrayList<>())
                            .add(c.key());
                }
                if (derivedTypes && c.kind().space() == Space.TYPE && c.global() && c.get(Property.BASE) != null) {
                    derived.computeIfAbsent(c.get(Property.BASE), k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (SchemaModel m : models) {
            for (Component c : m.all()) {
                List<ComponentKey> out = edges.computeIfAbsent(c.key(), k -> new ArrayList<>());
                addEdges(c, out, childrenByOwner, substitutes);
                if (c.kind().space() == Space.TYPE) {
                    for (Component d : derived.getOrDefault(c.path(), List.of())) {
                        if (!blocks(c.get(Property.BLOCK), d.get(Property.DERIVATION))) {
                            out.add(d.key());
                        }
                    }
                }
            }
        }
    }

    /** Whether a base type's {@code block} keeps types derived this way out of its place. */
    private static boolean blocks(String block, String derivation) {
        if (block == null || derivation == null) {
            return false;
        }
        String kind = derivation.endsWith("extension") ? "extension" : "restriction";
        return block.contains("#all") || block.contains(kind);
    }

    private static void addEdges(Component c, List<ComponentKey> out, Map<String, List<ComponentKey>> children,
            Map<String, List<ComponentKey>> substitutes) {
        switch (c.kind().space()) {
            case ELEMENT, ATTRIBUTE -> {
                Space own = c.kind().space();
                ref(out, own, c.get(Property.REF));
                String type = c.get(Property.TYPE);
                out.add(new ComponentKey(Space.TYPE, Names.ANONYMOUS.equals(type) ? c.path() : type == null ? "" : type));
                if (c.global()) {
                    out.addAll(substitutes.getOrDefault(c.path(), List.of()));
                }
            }
            case TYPE, GROUP, ATTRIBUTE_GROUP -> {
                out.addAll(children.getOrDefault(c.path(), List.of()));
                ref(out, Space.TYPE, c.get(Property.BASE));
                ref(out, Space.TYPE, c.get(Property.ITEM_TYPE));
                c.list(ListProperty.MEMBER_TYPES).forEach(t -> ref(out, Space.TYPE, t));
                c.list(ListProperty.GROUP_REFS).forEach(g -> ref(out, Space.GROUP, withoutOccurs(g)));
                c.list(ListProperty.ATTRIBUTE_GROUPS).forEach(g -> ref(out, Space.ATTRIBUTE_GROUP, g));
            }
            default -> { }
        }
    }

    private static void ref(List<ComponentKey> out, Space space, String path) {
        if (path != null && !path.isEmpty() && !Names.ANONYMOUS.equals(path)) {
            out.add(new ComponentKey(space, path));
        }
    }

    /** {@code {ns}g[0..1]} names group {@code {ns}g}. */
    private static String withoutOccurs(String groupRef) {
        int bracket = groupRef.lastIndexOf('[');
        return bracket > groupRef.lastIndexOf('}') ? groupRef.substring(0, bracket) : groupRef;
    }

    /** Every component reachable from the roots, the roots included. */
    Set<ComponentKey> reachableFrom(Collection<ComponentKey> roots) {
        Set<ComponentKey> seen = new HashSet<>();
        Deque<ComponentKey> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            ComponentKey k = todo.pop();
            if (seen.add(k)) {
                for (ComponentKey next : edges.getOrDefault(k, List.of())) {
                    if (!seen.contains(next)) {
                        todo.push(next);
                    }
                }
            }
        }
        return seen;
    }
}
