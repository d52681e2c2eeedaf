package dev.xsdcompat.model;

import java.util.Comparator;

/** How components are matched across versions: symbol space and path, never file or position. */
public record ComponentKey(ComponentKind.Space space, String path) implements Comparable<ComponentKey> {

    private static final Comparator<ComponentKey> ORDER = Comparator.comparing(ComponentKey::path)
            .thenComparing(ComponentKey::space);

    @Override
    public int compareTo(ComponentKey o) {
        return ORDER.compare(this, o);
    }
}
