package dev.xsdcompat.diff;

import java.util.Objects;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.rules.Rule;

/** Type references, refs, flags and values of declarations; derivation and variety of types. */
final class DeclarationChecks implements ComponentCheck {

    @Override
    public void check(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        typeReference(o, n, ctx, sink);
        simple(o, n, Property.REF, Rule.REF_CHANGED, sink);
        flag(o, n, Property.NILLABLE, Rule.NILLABLE_ADDED, Rule.NILLABLE_REMOVED, sink);
        flag(o, n, Property.ABSTRACT, Rule.ABSTRACT_ADDED, Rule.ABSTRACT_REMOVED, sink);
        flag(o, n, Property.MIXED, Rule.MIXED_ADDED, Rule.MIXED_REMOVED, sink);
        simple(o, n, Property.DEFAULT, Rule.DEFAULT_CHANGED, sink);
        simple(o, n, Property.QUALIFIED, Rule.FORM_CHANGED, sink);
        simple(o, n, Property.BLOCK, Rule.BLOCK_CHANGED, sink);
        simple(o, n, Property.FINAL, Rule.FINAL_CHANGED, sink);
        simple(o, n, Property.SUBSTITUTION_GROUP, Rule.SUBSTITUTION_GROUP_CHANGED, sink);
        simple(o, n, Property.ITEM_TYPE, Rule.ITEM_TYPE_CHANGED, sink);
        simple(o, n, Property.DOCUMENTATION, Rule.DOCUMENTATION_CHANGED, sink);
        fixed(o, n, sink);
        use(o, n, sink);
        derivation(o, n, ctx, sink);
    }

    private static void typeReference(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        if (o.kind() != ComponentKind.ELEMENT && o.kind() != ComponentKind.ATTRIBUTE) {
            return;
        }
        String before = o.get(Property.TYPE);
        String after = n.get(Property.TYPE);
        if (Objects.equals(before, after) || o.get(Property.REF) != null || n.get(Property.REF) != null) {
            return;
        }
        // No type (an element in a substitution group) means the head's; compare as the widest type.
        String widest = o.kind() == ComponentKind.ATTRIBUTE ? Names.ANY_SIMPLE_TYPE : Names.ANY_TYPE;
        String b = before == null ? widest : before;
        String a = after == null ? widest : after;
        Rule rule;
        if (Names.ANONYMOUS.equals(b) || Names.ANONYMOUS.equals(a)) {
            rule = Rule.TYPE_CHANGED;
        } else if (ctx.types().derivesFrom(b, a)) {
            rule = Rule.TYPE_WIDENED;
        } else if (ctx.types().derivesFrom(a, b)) {
            rule = Rule.TYPE_NARROWED;
        } else {
            rule = Rule.TYPE_CHANGED;
        }
        sink.changed(rule, o, n, before, after);
    }

    private static void flag(Component o, Component n, Property p, Rule added, Rule removed, ChangeSink sink) {
        boolean before = o.get(p) != null;
        boolean after = n.get(p) != null;
        if (before != after) {
            sink.changed(after ? added : removed, o, n, Boolean.toString(before), Boolean.toString(after));
        }
    }

    private static void simple(Component o, Component n, Property p, Rule rule, ChangeSink sink) {
        if (!Objects.equals(o.get(p), n.get(p))) {
            sink.changed(rule, o, n, o.get(p), n.get(p));
        }
    }

    private static void fixed(Component o, Component n, ChangeSink sink) {
        String before = o.get(Property.FIXED);
        String after = n.get(Property.FIXED);
        if (Objects.equals(before, after)) {
            return;
        }
        Rule rule = before == null ? Rule.FIXED_ADDED : after == null ? Rule.FIXED_REMOVED : Rule.FIXED_CHANGED;
        sink.changed(rule, o, n, before, after);
    }

    private static void use(Component o, Component n, ChangeSink sink) {
        String before = o.get(Property.USE);
        String after = n.get(Property.USE);
        if (Objects.equals(before, after)) {
            return;
        }
        Rule rule;
        if ("prohibited".equals(after)) {
            rule = Rule.ATTRIBUTE_PROHIBITED;
        } else if ("required".equals(after)) {
            rule = Rule.ATTRIBUTE_BECAME_REQUIRED;
        } else {
            rule = Rule.ATTRIBUTE_BECAME_OPTIONAL;
        }
        sink.changed(rule, o, n, before == null ? "optional" : before, after == null ? "optional" : after);
    }

    /**
     * A restriction (or simple extension) that moves its base up or down the hierarchy accepts more or fewer
     * values; any other move, or a change of method, is a new derivation.
     */
    private static void derivation(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        String before = describe(o);
        String after = describe(n);
        if (Objects.equals(before, after)) {
            return;
        }
        String method = o.get(Property.DERIVATION);
        String oldBase = o.get(Property.BASE);
        String newBase = n.get(Property.BASE);
        Rule rule = Rule.DERIVATION_CHANGED;
        if (oldBase != null && newBase != null && Objects.equals(method, n.get(Property.DERIVATION))
                && !"extension".equals(method)) {
            if (ctx.types().derivesFrom(oldBase, newBase)) {
                rule = Rule.BASE_TYPE_WIDENED;
            } else if (ctx.types().derivesFrom(newBase, oldBase)) {
                rule = Rule.BASE_TYPE_NARROWED;
            }
        }
        sink.changed(rule, o, n, before, after);
    }

    private static String describe(Component c) {
        String method = c.get(Property.DERIVATION);
        String base = c.get(Property.BASE);
        if (base == null) {
            return null;
        }
        return (method == null ? "restriction" : method) + " of " + base;
    }
}
