package dev.xsdcompat.diff;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.rules.Rule;

/** Namespace constraint and processContents of xs:any and xs:anyAttribute. */
final class WildcardChecks implements ComponentCheck {

    @Override
    public void check(Component o, Component n, DiffContext ctx, ChangeSink sink) {
        if (o.kind() != ComponentKind.WILDCARD && o.kind() != ComponentKind.ATTRIBUTE_WILDCARD) {
            return;
        }
        String nsBefore = o.get(Property.NAMESPACE_CONSTRAINT);
        String nsAfter = n.get(Property.NAMESPACE_CONSTRAINT);
        if (!Objects.equals(nsBefore, nsAfter)) {
            boolean wider = admitsAll(nsAfter, nsBefore);
            sink.changed(wider ? Rule.WILDCARD_WIDENED : Rule.WILDCARD_NARROWED, o, n, "namespace",
                    nsBefore == null ? "##any" : nsBefore, nsAfter == null ? "##any" : nsAfter);
        }
        int strictBefore = strictness(o.get(Property.PROCESS_CONTENTS));
        int strictAfter = strictness(n.get(Property.PROCESS_CONTENTS));
        if (strictBefore != strictAfter) {
            sink.changed(strictAfter > strictBefore ? Rule.WILDCARD_NARROWED : Rule.WILDCARD_WIDENED, o, n,
                    "processContents", name(strictBefore), name(strictAfter));
        }
    }

    /** Whether constraint {@code a} admits every namespace {@code b} admits (null means ##any). */
    static boolean admitsAll(String a, String b) {
        if (a == null) {
            return true;
        }
        if (b == null) {
            return false;
        }
        if (a.startsWith("##other:")) {
            String excluded = a.substring("##other:".length());
            if (b.startsWith("##other:")) {
                return b.equals(a);
            }
            Set<String> listed = set(b);
            return !listed.contains(excluded) && !listed.contains("##local");
        }
        if (b.startsWith("##other:")) {
            return false;
        }
        return set(a).containsAll(set(b));
    }

    private static Set<String> set(String list) {
        return new TreeSet<>(Arrays.asList(list.split(" ")));
    }

    private static int strictness(String processContents) {
        if ("skip".equals(processContents)) {
            return 0;
        }
        return "lax".equals(processContents) ? 1 : 2;
    }

    private static String name(int strictness) {
        return switch (strictness) {
            case 0 -> "skip";
            case 1 -> "lax";
            default -> "strict";
        };
    }
}
