package dev.xsdcompat.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.operations.Root;

/**
 * Where documents start: for each API (or, without APIs, one unnamed group of document roots) the components
 * its requests and its responses start from.
 */
public record Roots(Map<String, Map<Direction, List<ComponentKey>>> byApi, boolean named) {

    /** The key under which document roots go when there are no API names. */
    public static final String DOCUMENTS = "";

    public Roots {
        Map<String, Map<Direction, List<ComponentKey>>> copy = new TreeMap<>();
        byApi.forEach((api, dirs) -> {
            Map<Direction, List<ComponentKey>> d = new LinkedHashMap<>();
            dirs.forEach((dir, keys) -> d.put(dir, List.copyOf(keys)));
            copy.put(api, Map.copyOf(d));
        });
        byApi = Map.copyOf(copy);
    }

    /** Each API's own roots plus the envelope's roots for its direction (an envelope change touches every API). */
    public static Roots of(Operations operations) {
        Map<String, Map<Direction, List<ComponentKey>>> byApi = new TreeMap<>();
        for (Operation op : operations.all()) {
            Map<Direction, List<ComponentKey>> dirs = new LinkedHashMap<>();
            dirs.put(Direction.REQUEST, keys(op.roots(Direction.REQUEST), operations.envelopeRequestRoots()));
            dirs.put(Direction.RESPONSE, keys(op.roots(Direction.RESPONSE), operations.envelopeResponseRoots()));
            byApi.put(op.name(), dirs);
        }
        return new Roots(byApi, true);
    }

    /** Every global element of either version is a document root, read in the directions the mode says. */
    public static Roots of(RootMode mode, SchemaModel... models) {
        Set<ComponentKey> unique = new LinkedHashSet<>();
        for (SchemaModel m : models) {
            for (Component c : m.all()) {
                if (c.global() && c.kind() == ComponentKind.ELEMENT) {
                    unique.add(c.key());
                }
            }
        }
        List<ComponentKey> elements = List.copyOf(unique);
        Map<Direction, List<ComponentKey>> dirs = new LinkedHashMap<>();
        dirs.put(Direction.REQUEST, mode.requests() ? elements : List.of());
        dirs.put(Direction.RESPONSE, mode.responses() ? elements : List.of());
        return new Roots(Map.of(DOCUMENTS, dirs), false);
    }

    /**
     * APIs by naming convention: a global element or type whose local name matches {@code request} is a request
     * root, one matching {@code response} a response root; the API is the pattern's first group (or the whole
     * name), so {@code (.*)Request} and {@code (.*)Response} pair {@code GetUserRequest} with
     * {@code GetUserResponse} as API {@code GetUser}.
     */
    public static Roots byConvention(Pattern request, Pattern response, SchemaModel... models) {
        Map<String, Map<Direction, Set<ComponentKey>>> found = new TreeMap<>();
        for (SchemaModel m : models) {
            for (Component c : m.all()) {
                boolean candidate = c.global() && (c.kind() == ComponentKind.ELEMENT
                        || c.kind().space() == ComponentKind.Space.TYPE);
                if (!candidate) {
                    continue;
                }
                match(found, response, Direction.RESPONSE, c);
                if (!response.matcher(c.name()).matches()) {
                    match(found, request, Direction.REQUEST, c);
                }
            }
        }
        Map<String, Map<Direction, List<ComponentKey>>> byApi = new TreeMap<>();
        found.forEach((api, dirs) -> {
            Map<Direction, List<ComponentKey>> d = new LinkedHashMap<>();
            d.put(Direction.REQUEST, List.copyOf(dirs.getOrDefault(Direction.REQUEST, Set.of())));
            d.put(Direction.RESPONSE, List.copyOf(dirs.getOrDefault(Direction.RESPONSE, Set.of())));
            byApi.put(api, d);
        });
        return new Roots(byApi, true);
    }

    private static void match(Map<String, Map<Direction, Set<ComponentKey>>> found, Pattern pattern,
            Direction direction, Component c) {
        Matcher m = pattern.matcher(c.name());
        if (m.matches()) {
            String api = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : c.name();
            found.computeIfAbsent(api, k -> new LinkedHashMap<>())
                    .computeIfAbsent(direction, k -> new LinkedHashSet<>()).add(c.key());
        }
    }

    private static List<ComponentKey> keys(List<Root> own, List<Root> envelope) {
        List<ComponentKey> keys = new ArrayList<>();
        for (List<Root> roots : List.of(own, envelope)) {
            for (Root r : roots) {
                ComponentKind.Space space = r.kind() == Root.Kind.ELEMENT
                        ? ComponentKind.Space.ELEMENT : ComponentKind.Space.TYPE;
                keys.add(new ComponentKey(space, r.clarkName()));
            }
        }
        return keys;
    }
}
