package dev.xsdcompat.replay;

import java.util.Locale;

/** What replaying one message against the old and the new version shows. */
public enum Outcome {
    /** Valid in both versions: nothing to see. */
    VALID_IN_BOTH,
    /** Valid in the old version, rejected by the new one: evidence of a breaking change. */
    NEWLY_REJECTED,
    /** Rejected by the old version, valid in the new one: the message uses something new. */
    NEWLY_ACCEPTED,
    /** Rejected by both: a bad message, not a compatibility finding. */
    INVALID_IN_BOTH,
    /** The parser refused it (malformed, or a DOCTYPE, which is never processed). */
    NOT_WELL_FORMED;

    /** The outcome of two validations. */
    public static Outcome of(boolean validInOld, boolean validInNew) {
        if (validInOld) {
            return validInNew ? VALID_IN_BOTH : NEWLY_REJECTED;
        }
        return validInNew ? NEWLY_ACCEPTED : INVALID_IN_BOTH;
    }

    /** The stable id used in reports, {@code newly-rejected}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
