package dev.xsdcompat.replay.corpus;

import dev.xsdcompat.operations.Direction;
import java.util.Set;

/**
 * What the corpus says about one message; every field may be missing (null or empty).
 *
 * @param api the operation(s), space-separated for a batch
 * @param direction request or response
 * @param recorded the version it was recorded under
 * @param valid versions it must validate in
 * @param invalid versions that must reject it
 * @param error a text the rejection names
 */
public record MessageMeta(String api, Direction direction, String recorded, Set<String> valid, Set<String> invalid,
        String error) {

    /** Nothing known. */
    public static final MessageMeta NONE = new MessageMeta(null, null, null, Set.of(), Set.of(), null);

    public MessageMeta {
        valid = Set.copyOf(valid);
        invalid = Set.copyOf(invalid);
    }

    /** This, with the gaps filled from {@code fallback}. */
    public MessageMeta orElse(MessageMeta fallback) {
        return new MessageMeta(api != null ? api : fallback.api, direction != null ? direction : fallback.direction,
                recorded != null ? recorded : fallback.recorded, valid.isEmpty() ? fallback.valid : valid,
                invalid.isEmpty() ? fallback.invalid : invalid, error != null ? error : fallback.error);
    }
}
