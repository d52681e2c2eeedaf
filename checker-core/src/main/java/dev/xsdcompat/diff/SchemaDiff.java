package dev.xsdcompat.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.model.Paths;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.rules.Rule;

/**
 * Compares two schema models. Components are matched by key; one present on one side only is added or removed,
 * and only its outermost declaration is reported (a new type is one change, not one per element inside it).
 * Components on both sides go through every {@link ComponentCheck}.
 */
public final class SchemaDiff {

    private static final List<ComponentCheck> CHECKS = List.of(new DeclarationChecks(), new OccurrenceChecks(),
            new FacetChecks(), new WildcardChecks());

    private final Map<String, String> renames;

    public SchemaDiff() {
        this(Map.of());
    }

    /** @param renames old path to new path, for components the user says were renamed (policy rename map) */
    public SchemaDiff(Map<String, String> renames) {
        this.renames = Map.copyOf(renames);
    }

    public List<Change> compare(SchemaModel oldModel, SchemaModel newModel) {
        ChangeSink sink = new ChangeSink();
        Map<String, String> namespaces = NamespaceRenames.detect(oldModel, newModel);
        NamespaceRenames.changes(namespaces).forEach(sink::add);
        SchemaModel renamedNamespaces = NamespaceRenames.apply(oldModel, namespaces);
        Map<String, String> paths = PathRenames.effective(renames, renamedNamespaces, newModel);
        PathRenames.changes(paths, renamedNamespaces, newModel).forEach(sink::add);
        SchemaModel before = PathRenames.apply(renamedNamespaces, paths);
        DiffContext ctx = new DiffContext(before, newModel);

        Set<ComponentKey> keys = new TreeSet<>(before.components().keySet());
        keys.addAll(newModel.components().keySet());
        Owners owners = Owners.of(keys, before, newModel);
        for (ComponentKey key : keys) {
            Component o = before.components().get(key);
            Component n = newModel.components().get(key);
            if (o != null && n != null) {
                compareBoth(o, n, ctx, sink);
            } else if (n != null && isOutermost(n, owners.added())) {
                sink.added(addedRule(n), n, describe(n));
            } else if (o != null && isOutermost(o, owners.removed())) {
                sink.removed(removedRule(o), o, describe(o));
            }
        }
        return sink.sorted();
    }

    /**
     * Paths of owners (types, groups, attribute groups) whose content is reported as a whole on each side: added,
     * removed, or replaced by another kind or variety of type.
     */
    private record Owners(Set<String> added, Set<String> removed) {

        static Owners of(Set<ComponentKey> keys, SchemaModel before, SchemaModel after) {
            Set<String> added = new HashSet<>();
            Set<String> removed = new HashSet<>();
            for (ComponentKey key : keys) {
                if (!isOwnerSpace(key.space())) {
                    continue;
                }
                Component o = before.components().get(key);
                Component n = after.components().get(key);
                boolean replaced = o != null && n != null && replaced(o, n);
                if (o == null || replaced) {
                    added.add(key.path());
                }
                if (n == null || replaced) {
                    removed.add(key.path());
                }
            }
            return new Owners(added, removed);
        }
    }

    private static void compareBoth(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        if (o.kind() != n.kind()) {
            sink.changed(Rule.TYPE_KIND_CHANGED, o, n, o.kind().xsdName(), n.kind().xsdName());
            return;
        }
        if (!Objects.equals(o.get(Property.VARIETY), n.get(Property.VARIETY))) {
            // Atomic, list and union accept unrelated lexical spaces: the new variety says it all.
            sink.changed(Rule.VARIETY_CHANGED, o, n, variety(o), variety(n));
            return;
        }
        if (o.sameDefinition(n)) {
            return;
        }
        for (ComponentCheck check : CHECKS) {
            check.check(o, n, ctx, sink);
        }
    }

    /** A type whose kind or variety changed is reported once; its content is not compared piece by piece. */
    private static boolean replaced(Component o, Component n) {
        return o.kind() != n.kind() || !Objects.equals(o.get(Property.VARIETY), n.get(Property.VARIETY));
    }

    private static String variety(Component c) {
        return c.get(Property.VARIETY) == null ? "atomic" : c.get(Property.VARIETY);
    }

    /** Local declarations belong to a type (named or anonymous), a model group or an attribute group. */
    private static boolean isOwnerSpace(ComponentKind.Space space) {
        return space == ComponentKind.Space.TYPE || space == ComponentKind.Space.GROUP
                || space == ComponentKind.Space.ATTRIBUTE_GROUP;
    }

    /**
     * An anonymous type is reported through the declaration that holds it; anything inside an added or removed
     * owner is reported through that owner.
     */
    private static boolean isOutermost(Component c, Set<String> ownersOnTheSameSide) {
        if (c.kind().space() == ComponentKind.Space.TYPE && !c.global()) {
            return false;
        }
        String parent = Paths.parent(c.path());
        return parent == null || !ownersOnTheSameSide.contains(parent);
    }

    private static Rule addedRule(Component c) {
        return switch (c.kind()) {
            case ELEMENT -> c.global() ? Rule.GLOBAL_ELEMENT_ADDED
                    : isRequired(c) ? Rule.ELEMENT_ADDED_REQUIRED : Rule.ELEMENT_ADDED_OPTIONAL;
            case ATTRIBUTE -> c.global() ? Rule.GLOBAL_ATTRIBUTE_ADDED
                    : "required".equals(c.get(Property.USE)) ? Rule.ATTRIBUTE_ADDED_REQUIRED
                    : Rule.ATTRIBUTE_ADDED_OPTIONAL;
            case COMPLEX_TYPE, SIMPLE_TYPE -> Rule.TYPE_ADDED;
            case GROUP -> Rule.GROUP_ADDED;
            case ATTRIBUTE_GROUP -> Rule.ATTRIBUTE_GROUP_ADDED;
            case WILDCARD, ATTRIBUTE_WILDCARD -> Rule.WILDCARD_ADDED;
            case NAMESPACE -> Rule.NAMESPACE_CHANGED;
        };
    }

    private static Rule removedRule(Component c) {
        return switch (c.kind()) {
            case ELEMENT -> c.global() ? Rule.GLOBAL_ELEMENT_REMOVED : Rule.ELEMENT_REMOVED;
            case ATTRIBUTE -> c.global() ? Rule.GLOBAL_ATTRIBUTE_REMOVED : Rule.ATTRIBUTE_REMOVED;
            case COMPLEX_TYPE, SIMPLE_TYPE -> Rule.TYPE_REMOVED;
            case GROUP -> Rule.GROUP_REMOVED;
            case ATTRIBUTE_GROUP -> Rule.ATTRIBUTE_GROUP_REMOVED;
            case WILDCARD, ATTRIBUTE_WILDCARD -> Rule.WILDCARD_REMOVED;
            case NAMESPACE -> Rule.NAMESPACE_CHANGED;
        };
    }

    /** Required means every valid document has it: minOccurs at least 1 and not one branch of a choice. */
    private static boolean isRequired(Component element) {
        String compositor = element.get(Property.COMPOSITOR);
        return OccurrenceChecks.occurs(element.get(Property.MIN_OCCURS)) > 0
                && (compositor == null || !compositor.contains("choice"));
    }

    /** A one-line summary of a declaration for added/removed changes: its type and occurrence. */
    static String describe(Component c) {
        StringBuilder s = new StringBuilder();
        String type = c.get(Property.REF) != null ? "ref " + c.get(Property.REF) : c.get(Property.TYPE);
        switch (c.kind()) {
            case ELEMENT -> {
                s.append(type == null ? "(anyType)" : type);
                if (!c.global()) {
                    s.append(" [").append(Names.occurs(OccurrenceChecks.occurs(c.get(Property.MIN_OCCURS))))
                            .append("..").append(Names.occurs(OccurrenceChecks.occurs(c.get(Property.MAX_OCCURS))))
                            .append(']');
                }
            }
            case ATTRIBUTE -> s.append(type == null ? "(anySimpleType)" : type)
                    .append(c.get(Property.USE) == null ? "" : " " + c.get(Property.USE));
            case WILDCARD, ATTRIBUTE_WILDCARD -> s.append(c.get(Property.NAMESPACE_CONSTRAINT) == null
                    ? "##any" : c.get(Property.NAMESPACE_CONSTRAINT));
            default -> s.append(c.kind().xsdName());
        }
        return s.toString();
    }
}
