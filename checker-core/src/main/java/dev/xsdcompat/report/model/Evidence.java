package dev.xsdcompat.report.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What recorded traffic says about a release, from replaying a corpus against both versions: messages the new
 * version newly rejects, behaviour drift, examples of messages that use what the release added, the coverage of
 * the release's changes, and the same per change (by fingerprint). Every part may be empty; {@code coverage} is
 * null when nothing was replayed (see {@code dev.xsdcompat.report.series}).
 */
public record Evidence(List<RejectedMessage> newlyRejected, List<BehaviourChange> behaviour, List<Example> examples,
        ReplayCoverage coverage, Map<String, ChangeEvidence> changes) {

    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), null, Map.of());

    public Evidence {
        newlyRejected = List.copyOf(newlyRejected);
        behaviour = List.copyOf(behaviour);
        examples = List.copyOf(examples);
        changes = java.util.Collections.unmodifiableMap(new TreeMap<>(changes));
    }

    public Evidence(List<RejectedMessage> newlyRejected, List<BehaviourChange> behaviour, List<Example> examples) {
        this(newlyRejected, behaviour, examples, null, Map.of());
    }

    public boolean present() {
        return !newlyRejected.isEmpty() || !behaviour.isEmpty() || !examples.isEmpty() || coverage != null;
    }

    public boolean hasNewlyRejected() {
        return !newlyRejected.isEmpty();
    }

    public boolean hasBehaviour() {
        return !behaviour.isEmpty();
    }

    public boolean hasExamples() {
        return !examples.isEmpty();
    }

    public boolean hasCoverage() {
        return coverage != null && coverage.hasChanges();
    }

    /** The evidence about one change, or null when there is none (nothing replayed). */
    public ChangeEvidence forChange(String fingerprint) {
        return changes.get(fingerprint);
    }

    public Evidence plus(Evidence o) {
        Map<String, ChangeEvidence> merged = new TreeMap<>(changes);
        merged.putAll(o.changes);
        return new Evidence(concat(newlyRejected, o.newlyRejected), concat(behaviour, o.behaviour),
                concat(examples, o.examples), coverage != null ? coverage : o.coverage, merged);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
