package dev.xsdcompat.replay;

import java.util.List;

/**
 * A whole replay: counts, one small result per message (sorted by path), the responses that drifted, and
 * which changes the corpus exercises.
 */
public record ReplayResult(ReplaySummary summary, List<MessageResult> messages, List<ResponseDrift> drift,
        Coverage coverage) {

    public ReplayResult {
        messages = List.copyOf(messages);
        drift = List.copyOf(drift);
    }

    /** Whether any message is valid in the old version and rejected by the new one. */
    public boolean anyNewlyRejected() {
        return summary.count(Outcome.NEWLY_REJECTED) > 0;
    }
}
