package dev.xsdcompat.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ListProperty;
import dev.xsdcompat.model.Numbers;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.rules.Rule;

/** Enumerations, patterns, bounds, lengths, digits, whiteSpace and union members. */
final class FacetChecks implements ComponentCheck {

    private static final List<Property> UPPER = List.of(Property.MAX_LENGTH, Property.MAX_INCLUSIVE,
            Property.MAX_EXCLUSIVE, Property.TOTAL_DIGITS, Property.FRACTION_DIGITS);
    private static final List<Property> LOWER = List.of(Property.MIN_LENGTH, Property.MIN_INCLUSIVE,
            Property.MIN_EXCLUSIVE);

    private static final String DECIMAL = "{http://www.w3.org/2001/XMLSchema}decimal";
    private static final String FLOAT = "{http://www.w3.org/2001/XMLSchema}float";
    private static final String DOUBLE = "{http://www.w3.org/2001/XMLSchema}double";

    @Override
    public void check(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        enumeration(o, n, numeric(o, ctx) && numeric(n, ctx), sink);
        pattern(o, n, sink);
        UPPER.forEach(p -> bound(o, n, p, true, sink));
        LOWER.forEach(p -> bound(o, n, p, false, sink));
        length(o, n, sink);
        if (!Objects.equals(o.get(Property.WHITE_SPACE), n.get(Property.WHITE_SPACE))) {
            sink.changed(Rule.WHITESPACE_CHANGED, o, n, "whiteSpace", o.get(Property.WHITE_SPACE),
                    n.get(Property.WHITE_SPACE));
        }
        unionMembers(o, n, sink);
    }

    /** Whether values of this simple type are numbers, so {@code 01} and {@code 1} are the same value. */
    private static boolean numeric(Component c, DiffContext ctx) {
        String base = c.get(Property.BASE);
        return base != null && (ctx.types().derivesFrom(base, DECIMAL) || ctx.types().derivesFrom(base, FLOAT)
                || ctx.types().derivesFrom(base, DOUBLE));
    }

    private static void enumeration(Component o, Component n, boolean numeric, ChangeSink sink) {
        Set<String> before = new TreeSet<>(o.list(ListProperty.ENUMERATION));
        Set<String> after = new TreeSet<>(n.list(ListProperty.ENUMERATION));
        if (before.equals(after) || (numeric && numbers(before).equals(numbers(after)))) {
            return;
        }
        // Going from no enumeration to some restricts everything; the reverse frees everything.
        if (before.isEmpty()) {
            sink.changed(Rule.FACET_TIGHTENED, o, n, "enumeration", null, String.join(", ", after));
            return;
        }
        if (after.isEmpty()) {
            sink.changed(Rule.FACET_LOOSENED, o, n, "enumeration", String.join(", ", before), null);
            return;
        }
        after.stream().filter(v -> !before.contains(v))
                .forEach(v -> sink.changed(Rule.ENUM_VALUE_ADDED, o, n, v, null, v));
        before.stream().filter(v -> !after.contains(v))
                .forEach(v -> sink.changed(Rule.ENUM_VALUE_REMOVED, o, n, v, v, null));
    }

    private static Set<String> numbers(Set<String> values) {
        Set<String> out = new TreeSet<>();
        values.forEach(v -> out.add(Numbers.canonical(v)));
        return out;
    }

    private static void pattern(Component o, Component n, ChangeSink sink) {
        List<String> before = o.list(ListProperty.PATTERN);
        List<String> after = n.list(ListProperty.PATTERN);
        if (before.equals(after)) {
            return;
        }
        String b = before.isEmpty() ? null : String.join(" | ", before);
        String a = after.isEmpty() ? null : String.join(" | ", after);
        Rule rule = b == null ? Rule.FACET_TIGHTENED : a == null ? Rule.FACET_LOOSENED : Rule.PATTERN_CHANGED;
        sink.changed(rule, o, n, "pattern", b, a);
    }

    private static void bound(Component o, Component n, Property p, boolean upper, ChangeSink sink) {
        String before = meaningful(p, o.get(p));
        String after = meaningful(p, n.get(p));
        if (Objects.equals(before, after)) {
            return;
        }
        boolean tighter;
        if (before == null) {
            tighter = true;
        } else if (after == null) {
            tighter = false;
        } else {
            int cmp = compare(after, before);
            if (cmp == 0) {
                return;
            }
            tighter = upper ? cmp < 0 : cmp > 0;
        }
        sink.changed(tighter ? Rule.FACET_TIGHTENED : Rule.FACET_LOOSENED, o, n, facetName(p), before, after);
    }

    private static void length(Component o, Component n, ChangeSink sink) {
        String before = o.get(Property.LENGTH);
        String after = n.get(Property.LENGTH);
        if (!Objects.equals(before, after)) {
            // An exact length that moves admits none of the old values: tightened for both directions' purposes.
            Rule rule = after == null ? Rule.FACET_LOOSENED : Rule.FACET_TIGHTENED;
            sink.changed(rule, o, n, "length", before, after);
        }
    }

    /** minLength 0 says nothing. */
    private static String meaningful(Property p, String value) {
        return p == Property.MIN_LENGTH && "0".equals(value) ? null : value;
    }

    private static int compare(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b); // dates and times in the same ISO form order lexically
        }
    }

    private static String facetName(Property p) {
        String[] words = p.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return s.toString();
    }

    private static void unionMembers(Component o, Component n, ChangeSink sink) {
        Set<String> before = new TreeSet<>(o.list(ListProperty.MEMBER_TYPES));
        Set<String> after = new TreeSet<>(n.list(ListProperty.MEMBER_TYPES));
        after.stream().filter(m -> !before.contains(m))
                .forEach(m -> sink.changed(Rule.UNION_MEMBER_ADDED, o, n, m, null, m));
        before.stream().filter(m -> !after.contains(m))
                .forEach(m -> sink.changed(Rule.UNION_MEMBER_REMOVED, o, n, m, m, null));
    }
}
