package dev.xsdcompat.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
