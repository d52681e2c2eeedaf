package dev.xsdcompat.report.model;

import java.util.List;

/**
 * What recorded traffic says about a release: messages the new version newly rejects, behaviour drift, and
 * examples of messages that use what the release added. Every part may be empty; replay fills the first two,
 * a corpus scan the last (see {@code dev.xsdcompat.report.series}).
 */
public record Evidence(List<RejectedMessage> newlyRejected, List<BehaviourChange> behaviour, List<Example> examples) {

    public static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        newlyRejected = List.copyOf(newlyRejected);
        behaviour = List.copyOf(behaviour);
        examples = List.copyOf(examples);
    }

    public boolean present() {
        return !newlyRejected.isEmpty() || !behaviour.isEmpty() || !examples.isEmpty();
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

    public Evidence plus(Evidence o) {
        return new Evidence(concat(newlyRejected, o.newlyRejected), concat(behaviour, o.behaviour),
                concat(examples, o.examples));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
