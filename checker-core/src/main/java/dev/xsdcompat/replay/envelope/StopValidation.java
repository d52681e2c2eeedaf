package dev.xsdcompat.replay.envelope;

import org.xml.sax.SAXException;

/**
 * Thrown by an adapter to end validation early after it reported a problem that makes the rest meaningless
 * (for example a root element in the wrong namespace).
 */
public final class StopValidation extends SAXException {

    private static final long serialVersionUID = 1L;

    public StopValidation(String message) {
        super(message);
    }
}
