package dev.xsdcompat.report.model;

import java.util.List;

/**
 * Which changes of a release the replayed corpus exercises.
 *
 * @param messages  how many messages were replayed
 * @param changes   the release's changes, each with its message counts, in the report's order (worst first)
 */
public record ReplayCoverage(int messages, List<Entry> changes) {

    /** One change: its path without namespaces, rule, and what the corpus shows. */
    public record Entry(String fingerprint, String path, String rule, int messages, int newlyRejected,
            boolean confirmed) {

        public boolean exercised() {
            return messages > 0;
        }

        /** Some message exercising it is newly rejected. */
        public boolean rejecting() {
            return newlyRejected > 0;
        }
    }

    public ReplayCoverage {
        changes = List.copyOf(changes);
    }

    public int total() {
        return changes.size();
    }

    public int exercisedCount() {
        return (int) changes.stream().filter(Entry::exercised).count();
    }

    public int confirmedCount() {
        return (int) changes.stream().filter(Entry::confirmed).count();
    }

    public boolean hasConfirmed() {
        return confirmedCount() > 0;
    }

    public List<Entry> exercised() {
        return changes.stream().filter(Entry::exercised).toList();
    }

    public List<Entry> notExercised() {
        return changes.stream().filter(e -> !e.exercised()).toList();
    }

    public boolean hasExercised() {
        return changes.stream().anyMatch(Entry::exercised);
    }

    public boolean hasNotExercised() {
        return changes.stream().anyMatch(e -> !e.exercised());
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }
}
