package dev.xsdcompat.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.operations.Direction;

/** For every component, which APIs reach it from their requests and from their responses. */
final class Reach {

    /** The APIs that reach a component in each direction; empty sets when nothing does. */
    record Hit(Set<String> requestApis, Set<String> responseApis) {
        static final Hit NONE = new Hit(Set.of(), Set.of());

        boolean byRequest() {
            return !requestApis.isEmpty();
        }

        boolean byResponse() {
            return !responseApis.isEmpty();
        }
    }

    private final Map<ComponentKey, Set<String>> requests = new HashMap<>();
    private final Map<ComponentKey, Set<String>> responses = new HashMap<>();

    Reach(Roots roots, ComponentGraph graph) {
        roots.byApi().forEach((api, dirs) -> {
            mark(requests, graph.reachableFrom(dirs.getOrDefault(Direction.REQUEST, List.of())), api);
            mark(responses, graph.reachableFrom(dirs.getOrDefault(Direction.RESPONSE, List.of())), api);
        });
    }

    private static void mark(Map<ComponentKey, Set<String>> index, Set<ComponentKey> reached, String api) {
        reached.forEach(k -> index.computeIfAbsent(k, x -> new TreeSet<>()).add(api));
    }

    /** What reaches any component at this path (in any symbol space). */
    Hit atPath(String path) {
        Set<String> req = new TreeSet<>();
        Set<String> resp = new TreeSet<>();
        for (ComponentKind.Space space : ComponentKind.Space.values()) {
            ComponentKey key = new ComponentKey(space, path);
            req.addAll(requests.getOrDefault(key, Set.of()));
            resp.addAll(responses.getOrDefault(key, Set.of()));
        }
        return req.isEmpty() && resp.isEmpty() ? Hit.NONE : new Hit(req, resp);
    }

    /** What reaches any component of a namespace (for changes that concern a whole namespace). */
    Hit inNamespace(String namespace) {
        String prefix = "{" + namespace + "}";
        Set<String> req = new TreeSet<>();
        Set<String> resp = new TreeSet<>();
        requests.forEach((k, apis) -> {
            if (k.path().startsWith(prefix)) {
                req.addAll(apis);
            }
        });
        responses.forEach((k, apis) -> {
            if (k.path().startsWith(prefix)) {
                resp.addAll(apis);
            }
        });
        return new Hit(req, resp);
    }
}
