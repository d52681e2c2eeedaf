package dev.xsdcompat.rules;

import java.util.Locale;

/** How bad a change is for one direction, worst first. */
public enum Severity {
    BREAKING, WARNING, INFO, SAFE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity worst(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (breaking, warning, info or safe)");
    }
}
