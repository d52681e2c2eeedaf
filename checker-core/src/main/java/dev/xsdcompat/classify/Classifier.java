package dev.xsdcompat.classify;

import java.util.List;

import dev.xsdcompat.diff.Change;

/** Decides how severe each change is. */
@FunctionalInterface
public interface Classifier {

    List<Finding> classify(List<Change> changes);

    /** The catalogue's default severities in both directions, no APIs known. */
    static Classifier defaults() {
        return changes -> changes.stream()
                .map(c -> new Finding(c, c.rule().request(), c.rule().response(), List.of()))
                .sorted()
                .toList();
    }
}
