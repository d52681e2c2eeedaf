package dev.xsdcompat.replay.engine;

import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.replay.envelope.ValidationError;
import java.util.List;

/**
 * One message validated against one version.
 *
 * @param wellFormed false when the parser refused the document; {@code errors} then holds that one error
 * @param errors the first errors, in document order, at most one per line and column
 * @param payloads the payloads the adapter mapped
 */
record SideRun(boolean wellFormed, List<ValidationError> errors, List<Payload> payloads) {

    boolean valid() {
        return wellFormed && errors.isEmpty();
    }
}
