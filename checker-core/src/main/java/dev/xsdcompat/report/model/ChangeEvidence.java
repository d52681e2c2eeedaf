package dev.xsdcompat.report.model;

import java.util.List;

/**
 * What replaying a corpus shows about one change: how many messages exercise it, the newly rejected ones (with
 * their first error), whether that confirms a breaking change, and a newly accepted message that uses it.
 *
 * @param messages  how many replayed messages exercise the change
 * @param confirmed the change is breaking for a direction in which a newly rejected message exercises it
 * @param rejected  the newly rejected messages that exercise it, sorted by file
 * @param examples  newly accepted messages that exercise it (at most one per direction), sorted
 * @param accepted  how many newly accepted messages exercise it
 */
public record ChangeEvidence(int messages, boolean confirmed, List<RejectedMessage> rejected, List<Example> examples,
        int accepted) {

    public ChangeEvidence {
        rejected = List.copyOf(rejected);
        examples = List.copyOf(examples);
    }

    public boolean exercised() {
        return messages > 0;
    }

    public boolean hasRejected() {
        return !rejected.isEmpty();
    }

    public boolean hasExamples() {
        return !examples.isEmpty();
    }
}
