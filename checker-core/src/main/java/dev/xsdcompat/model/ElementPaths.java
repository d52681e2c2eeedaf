package dev.xsdcompat.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves where an element or attribute of a document sits in a {@link SchemaModel}: given the path of the
 * type that holds it (a named type {@code {ns}T}, or the element path of an anonymous type) and its wire name,
 * the path of its declaration and the path of its own type. This is what ties an instance document to the
 * component paths that changes are reported at, so replay can say which changes a message exercises.
 *
 * <p>A child is looked up in the owner itself, then in the named model groups it references
 * ({@link ListProperty#GROUP_REFS}, recursively), then in its base type (extension or restriction). Several
 * declarations of one local name in one owner ({@code a}, {@code a[2]}) are told apart by their namespace.
 *
 * <p>Immutable and thread-safe; lookups are memoized because a corpus asks the same questions millions of times.
 */
public final class ElementPaths {

    /** Where a document node sits: its declaration's path and the path of its type (null when unknown). */
    public record Step(String declaration, String type) {
    }

    private record Key(String owner, String namespace, String local, boolean attribute) {
    }

    private static final Step NONE = new Step(null, null);

    private final SchemaModel model;
    private final Map<Key, Step> memo = new ConcurrentHashMap<>();
    private final Map<String, Step> globals = new ConcurrentHashMap<>();
    private final Map<String, String> globalTypes = new ConcurrentHashMap<>();
    private static final String NO_TYPE = new String("");

    public ElementPaths(SchemaModel model) {
        this.model = model;
    }

    /** A global element {@code {ns}local}, if declared. */
    public Optional<Step> globalElement(String namespace, String local) {
        String path = Names.clark(namespace, local);
        Step step = globals.get(path); // get first: computeIfAbsent may lock the bin even when the key is there
        if (step == null) {
            step = globals.computeIfAbsent(path, p -> model.find(new ComponentKey(ComponentKind.Space.ELEMENT, p))
                    .map(this::stepOf).orElse(NONE));
        }
        return step == NONE ? Optional.empty() : Optional.of(step);
    }

    /** The path of global type {@code {ns}local} when the model has it. */
    public Optional<String> globalType(String namespace, String local) {
        String path = Names.clark(namespace, local);
        String found = globalTypes.get(path);
        if (found == null) {
            found = globalTypes.computeIfAbsent(path, p -> model.find(new ComponentKey(ComponentKind.Space.TYPE, p))
                    .map(Component::path).orElse(NO_TYPE));
        }
        return found == NO_TYPE ? Optional.empty() : Optional.of(found);
    }

    /** The child element {@code {namespace}local} of an element whose type has path {@code ownerType}. */
    public Optional<Step> child(String ownerType, String namespace, String local) {
        return lookup(new Key(ownerType, namespace, local, false));
    }

    /** The attribute {@code {namespace}local} of an element whose type has path {@code ownerType}. */
    public Optional<Step> attribute(String ownerType, String namespace, String local) {
        return lookup(new Key(ownerType, namespace, local, true));
    }

    private Optional<Step> lookup(Key key) {
        if (key.owner() == null) {
            return Optional.empty();
        }
        Step step = memo.get(key); // get first: computeIfAbsent may lock the bin even when the key is there
        if (step == null) {
            step = memo.computeIfAbsent(key, k -> {
                Component found = search(k.owner(), k, 0);
                return found == null ? NONE : stepOf(found);
            });
        }
        return step == NONE ? Optional.empty() : Optional.of(step);
    }

    private Component search(String owner, Key key, int depth) {
        if (depth > 32) {
            return null; // a derivation or group cycle; the schema compiler would have refused it anyway
        }
        Component own = declaredIn(owner, key);
        if (own != null) {
            return own;
        }
        Component holder = model.find(new ComponentKey(ComponentKind.Space.TYPE, owner))
                .or(() -> model.find(new ComponentKey(ComponentKind.Space.GROUP, owner)))
                .orElse(null);
        if (holder == null) {
            return null;
        }
        ListProperty refs = key.attribute() ? ListProperty.ATTRIBUTE_GROUPS : ListProperty.GROUP_REFS;
        for (String ref : holder.list(refs)) {
            Component inGroup = search(stripOccurrence(ref), key, depth + 1);
            if (inGroup != null) {
                return inGroup;
            }
        }
        String base = holder.get(Property.BASE);
        return base == null ? null : search(base, key, depth + 1);
    }

    /** {@code owner/local}, {@code owner/{ns}local} and their {@code [n]} repeats, preferring the wire namespace. */
    private Component declaredIn(String owner, Key key) {
        ComponentKind.Space space = key.attribute() ? ComponentKind.Space.ATTRIBUTE : ComponentKind.Space.ELEMENT;
        String separator = key.attribute() ? "/@" : "/";
        Component first = null;
        for (String segment : List.of(key.local(), Names.clark(key.namespace(), key.local()))) {
            for (int n = 1; n < 100; n++) {
                String path = owner + separator + segment + (n == 1 ? "" : "[" + n + "]");
                Component c = model.find(new ComponentKey(space, path)).orElse(null);
                if (c == null) {
                    break;
                }
                if (c.namespace().equals(key.namespace())) {
                    return c;
                }
                if (first == null) {
                    first = c;
                }
            }
            if (key.namespace().isEmpty()) {
                break;
            }
        }
        return first;
    }

    private Step stepOf(Component declaration) {
        Component target = declaration;
        String ref = declaration.get(Property.REF);
        if (ref != null) {
            ComponentKind.Space space = declaration.kind() == ComponentKind.ATTRIBUTE
                    ? ComponentKind.Space.ATTRIBUTE : ComponentKind.Space.ELEMENT;
            target = model.find(new ComponentKey(space, ref)).orElse(declaration);
        }
        String type = target.get(Property.TYPE);
        if (Names.ANONYMOUS.equals(type)) {
            type = target.path();
        }
        return new Step(declaration.path(), type);
    }

    private static String stripOccurrence(String groupRef) {
        int bracket = groupRef.lastIndexOf('[');
        int brace = groupRef.lastIndexOf('}');
        return bracket > brace ? groupRef.substring(0, bracket) : groupRef;
    }

    /**
     * The path itself and every enclosing path, longest first: {@code {ns}T/a/b}, {@code {ns}T/a}, {@code {ns}T}.
     * Slashes inside a Clark namespace do not split.
     */
    public static List<String> selfAndAncestors(String path) {
        java.util.ArrayList<String> result = new java.util.ArrayList<>();
        for (String p = path; p != null; p = Paths.parent(p)) {
            result.add(p);
        }
        return result;
    }
}
