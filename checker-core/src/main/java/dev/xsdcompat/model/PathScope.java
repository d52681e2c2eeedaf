package dev.xsdcompat.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Paths of the declarations inside one owner (a type, group, attribute group or element). A child in the owner's
 * namespace or in no namespace is named by its local name; one from another namespace (a ref) in Clark notation.
 * A name that repeats gets {@code [2]}, {@code [3]}, ... in document order. The model and the location index
 * both derive paths here, so they always agree.
 */
public final class PathScope {

    private final String path;
    private final String namespace;
    private final Map<String, Integer> seen = new HashMap<>();

    public PathScope(String path, String namespace) {
        this.path = path;
        this.namespace = namespace == null ? "" : namespace;
    }

    public String path() {
        return path;
    }

    public String namespace() {
        return namespace;
    }

    public String element(String ns, String local) {
        return unique(path + "/" + segment(ns, local));
    }

    public String attribute(String ns, String local) {
        return unique(path + "/@" + segment(ns, local));
    }

    public String wildcard() {
        return unique(path + "/*");
    }

    public String attributeWildcard() {
        return unique(path + "/@*");
    }

    public PathScope nested(String childPath) {
        return new PathScope(childPath, namespace);
    }

    private String segment(String ns, String local) {
        return ns == null || ns.isEmpty() || ns.equals(namespace) ? local : Names.clark(ns, local);
    }

    private String unique(String p) {
        int n = seen.merge(p, 1, Integer::sum);
        return n == 1 ? p : p + "[" + n + "]";
    }
}
