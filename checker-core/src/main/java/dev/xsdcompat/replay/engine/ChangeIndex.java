package dev.xsdcompat.replay.engine;

import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.model.ElementPaths;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The diff's changes by component path, to answer "which changes does this message exercise": a change at path
 * P is exercised by a message that has a node at P or inside P. Thread-safe; answers per path are memoized since
 * a corpus touches the same few hundred paths over and over.
 */
public final class ChangeIndex {

    private final Map<String, Finding> byFingerprint = new LinkedHashMap<>();
    private final Map<String, List<String>> fingerprintsAt = new HashMap<>();
    private final Map<String, List<String>> memo = new ConcurrentHashMap<>();

    public ChangeIndex(List<Finding> findings) {
        for (Finding f : findings) {
            String fingerprint = f.change().fingerprint();
            byFingerprint.put(fingerprint, f);
            fingerprintsAt.computeIfAbsent(f.change().path(), p -> new ArrayList<>()).add(fingerprint);
        }
    }

    /** An index without changes (replay without a diff). */
    public static ChangeIndex empty() {
        return new ChangeIndex(List.of());
    }

    /** The changes in diff order, by fingerprint. */
    public Map<String, Finding> findings() {
        return java.util.Collections.unmodifiableMap(byFingerprint);
    }

    /** Fingerprints of the changes at or above a component path (a message node there exercises them). */
    public List<String> at(String path) {
        if (byFingerprint.isEmpty()) {
            return List.of();
        }
        List<String> here = memo.get(path); // get first: computeIfAbsent may lock even on a hit
        return here != null ? here : memo.computeIfAbsent(path, this::atOrAbove);
    }

    /** The fingerprints one message exercised, as reports list them: sorted. */
    public static List<String> sorted(Set<String> exercised) {
        return exercised.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(exercised));
    }

    private List<String> atOrAbove(String path) {
        List<String> result = new ArrayList<>();
        for (String p : ElementPaths.selfAndAncestors(path)) {
            result.addAll(fingerprintsAt.getOrDefault(p, List.of()));
        }
        return List.copyOf(result);
    }

    /**
     * Whether the change is breaking for messages of this direction: the request side for requests, the response
     * side for responses, the worse of both when the direction is unknown.
     */
    public boolean breakingFor(String fingerprint, Direction direction) {
        Finding f = byFingerprint.get(fingerprint);
        if (f == null) {
            return false;
        }
        Severity s = direction == Direction.REQUEST ? f.request()
                : direction == Direction.RESPONSE ? f.response() : f.overall();
        return s == Severity.BREAKING;
    }
}
