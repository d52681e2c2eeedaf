package dev.xsdcompat.replay;

import dev.xsdcompat.operations.Direction;
import java.util.List;

/**
 * One message replayed against both versions. Small on purpose: {@link Replay#run()} keeps one per message
 * ({@link Replay#run(java.util.function.Consumer)} with a {@link MessageSpool} keeps none in memory).
 *
 * @param file the path in the corpus, {@code /}-separated
 * @param wellFormed false when the parser refused the document
 * @param error for a refused document, {@code line N col M: message}; null otherwise
 * @param api the operation(s) the message carries, space-separated, or null when unknown
 * @param direction request or response, or null when unknown
 * @param oldVersion the old version's verdict
 * @param newVersion the new version's verdict
 * @param outcome what the two verdicts show
 * @param expected the outcome the corpus metadata predicts, or null when it does not say
 * @param exercises fingerprints of the changes whose components the message touches, sorted
 */
public record MessageResult(String file, boolean wellFormed, String error, String api, Direction direction,
        SideResult oldVersion, SideResult newVersion, Outcome outcome, Outcome expected, List<String> exercises) {

    public MessageResult {
        exercises = List.copyOf(exercises);
    }

    /** True when the metadata predicted an outcome and the replay shows another. */
    public boolean unexpected() {
        return expected != null && expected != outcome;
    }
}
