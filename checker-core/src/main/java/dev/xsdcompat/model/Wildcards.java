package dev.xsdcompat.model;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Namespace constraints of wildcards in one spelling: {@code ##any}, {@code ##other:ns} (the target namespace
 * spelled out, since ##other means something else in another namespace), or a sorted space-separated list in
 * which {@code ##local} stands for no namespace.
 */
public final class Wildcards {

    private Wildcards() {
    }

    public static String normalize(String constraint, String targetNamespace) {
        String c = constraint == null ? "" : constraint.trim();
        if (c.isEmpty() || c.equals("##any")) {
            return null;
        }
        if (c.equals("##other")) {
            return "##other:" + (targetNamespace == null ? "" : targetNamespace);
        }
        TreeSet<String> set = new TreeSet<>();
        Arrays.stream(c.split("\\s+")).forEach(token -> set.add(switch (token) {
            case "##targetNamespace" -> targetNamespace == null || targetNamespace.isEmpty() ? "##local" : targetNamespace;
            case "" -> "##local";
            default -> token;
        }));
        return String.join(" ", set);
    }
}
