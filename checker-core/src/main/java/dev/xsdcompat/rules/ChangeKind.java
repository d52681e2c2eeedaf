package dev.xsdcompat.rules;

import java.util.Locale;

/** Whether a change adds, removes or alters something. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
