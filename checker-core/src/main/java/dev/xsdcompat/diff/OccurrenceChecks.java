package dev.xsdcompat.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ListProperty;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.rules.Rule;

/** minOccurs/maxOccurs, the compositors around an element, sequence order, and group references. */
final class OccurrenceChecks implements ComponentCheck {

    @Override
    public void check(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        long minBefore = occurs(o.get(Property.MIN_OCCURS));
        long minAfter = occurs(n.get(Property.MIN_OCCURS));
        if (minBefore != minAfter) {
            sink.changed(minAfter > minBefore ? Rule.MIN_OCCURS_INCREASED : Rule.MIN_OCCURS_DECREASED, o, n,
                    Names.occurs(minBefore), Names.occurs(minAfter));
        }
        long maxBefore = occurs(o.get(Property.MAX_OCCURS));
        long maxAfter = occurs(n.get(Property.MAX_OCCURS));
        if (maxBefore != maxAfter) {
            sink.changed(maxAfter < maxBefore ? Rule.MAX_OCCURS_DECREASED : Rule.MAX_OCCURS_INCREASED, o, n,
                    Names.occurs(maxBefore), Names.occurs(maxAfter));
        }
        if (!Objects.equals(o.get(Property.COMPOSITOR), n.get(Property.COMPOSITOR))) {
            sink.changed(Rule.COMPOSITOR_CHANGED, o, n, orSequence(o.get(Property.COMPOSITOR)),
                    orSequence(n.get(Property.COMPOSITOR)));
        }
        childOrder(o, n, sink);
        groupReferences(o, n, sink);
        attributeGroupReferences(o, n, sink);
    }

    static long occurs(String value) {
        if (value == null) {
            return 1;
        }
        return Names.UNBOUNDED.equals(value) ? Long.MAX_VALUE : Long.parseLong(value);
    }

    private static String orSequence(String compositor) {
        return compositor == null ? "sequence" : compositor;
    }

    /** Only the relative order of children present in both versions counts; additions are reported elsewhere. */
    private static void childOrder(Component o, Component n, ChangeSink sink) {
        List<String> before = o.list(ListProperty.CHILD_ORDER);
        List<String> after = n.list(ListProperty.CHILD_ORDER);
        List<String> commonBefore = new ArrayList<>(before);
        commonBefore.retainAll(after);
        List<String> commonAfter = new ArrayList<>(after);
        commonAfter.retainAll(before);
        if (!commonBefore.equals(commonAfter)) {
            sink.changed(Rule.CHILD_ORDER_CHANGED, o, n, String.join(", ", commonBefore),
                    String.join(", ", commonAfter));
        }
    }

    private static void groupReferences(Component o, Component n, ChangeSink sink) {
        Map<String, String> before = byGroup(o.list(ListProperty.GROUP_REFS));
        Map<String, String> after = byGroup(n.list(ListProperty.GROUP_REFS));
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String group : all) {
            String b = before.get(group);
            String a = after.get(group);
            if (b == null) {
                sink.changed(Rule.GROUP_REFERENCE_ADDED, o, n, group, null, group + a);
            } else if (a == null) {
                sink.changed(Rule.GROUP_REFERENCE_REMOVED, o, n, group, group + b, null);
            } else if (!a.equals(b)) {
                sink.changed(Rule.GROUP_REFERENCE_OCCURS_CHANGED, o, n, group, group + b, group + a);
            }
        }
    }

    /** {@code {ns}g[0..1]} becomes {@code {ns}g -> [0..1]}; a group referenced twice keeps both occurrences. */
    private static Map<String, String> byGroup(List<String> refs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String ref : refs) {
            int bracket = ref.lastIndexOf('[');
            boolean hasOccurs = bracket > ref.lastIndexOf('}');
            String name = hasOccurs ? ref.substring(0, bracket) : ref;
            String occ = hasOccurs ? ref.substring(bracket) : "";
            out.merge(name, occ, (x, y) -> x + "+" + y);
        }
        return out;
    }

    private static void attributeGroupReferences(Component o, Component n, ChangeSink sink) {
        Set<String> before = new TreeSet<>(o.list(ListProperty.ATTRIBUTE_GROUPS));
        Set<String> after = new TreeSet<>(n.list(ListProperty.ATTRIBUTE_GROUPS));
        for (String g : after) {
            if (!before.contains(g)) {
                sink.changed(Rule.ATTRIBUTE_GROUP_REFERENCE_ADDED, o, n, g, null, g);
            }
        }
        for (String g : before) {
            if (!after.contains(g)) {
                sink.changed(Rule.ATTRIBUTE_GROUP_REFERENCE_REMOVED, o, n, g, g, null);
            }
        }
    }
}
