package dev.xsdcompat.load;

import java.util.Objects;

/**
 * Something the loader worked around: a missing import or include, a construct the model skips, a conflicting
 * definition. {@code where} is {@code file} or {@code file:line}.
 */
public record LoadWarning(Kind kind, String where, String message) implements Comparable<LoadWarning> {

    public enum Kind { MISSING_REFERENCE, UNSUPPORTED_CONSTRUCT, CONFLICTING_DEFINITION, UNRESOLVED_REFERENCE }

    public LoadWarning {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(where);
        Objects.requireNonNull(message);
    }

    @Override
    public int compareTo(LoadWarning o) {
        int c = where.compareTo(o.where);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
