package dev.xsdcompat.operations;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A request or response root: a global schema type (the usual case) or a global element.
 *
 * @param name the component's qualified name
 * @param kind whether {@code name} names a type or an element
 */
public record Root(QName name, Kind kind) {

    /** What a root's name refers to. */
    public enum Kind {
        TYPE,
        ELEMENT
    }

    public Root {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A root naming a global type. */
    public static Root type(QName name) {
        return new Root(name, Kind.TYPE);
    }

    /** The name in Clark notation, {@code {namespace}localName}. */
    public String clarkName() {
        return ClarkNames.format(name);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + clarkName();
    }
}
