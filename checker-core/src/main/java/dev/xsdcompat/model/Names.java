package dev.xsdcompat.model;

import javax.xml.namespace.QName;

/** Canonical spellings shared by the model and the reports. */
public final class Names {

    public static final String ANONYMOUS = "(anonymous)";
    public static final String UNBOUNDED = "unbounded";
    public static final String ANY_TYPE = "{http://www.w3.org/2001/XMLSchema}anyType";
    public static final String ANY_SIMPLE_TYPE = "{http://www.w3.org/2001/XMLSchema}anySimpleType";

    private Names() {
    }

    /** Clark notation, {@code {ns}local}, or just {@code local} without a namespace. */
    public static String clark(String namespace, String local) {
        return namespace == null || namespace.isEmpty() ? local : "{" + namespace + "}" + local;
    }

    public static String clark(QName name) {
        return name == null ? null : clark(name.getNamespaceURI(), name.getLocalPart());
    }

    public static String occurs(long n) {
        return n == Long.MAX_VALUE ? UNBOUNDED : Long.toString(n);
    }

    /** Multiplies occurrences along nested groups; unbounded absorbs, zero wins. */
    public static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a == Long.MAX_VALUE || b == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.multiplyExact(a, b);
    }

    /** The last segment of a path, for display ({@code {ns}T/a/b} gives {@code b}). */
    public static String lastSegment(String path) {
        int brace = path.lastIndexOf('}');
        int slash = path.lastIndexOf('/');
        return path.substring(Math.max(brace, slash) + 1);
    }
}
