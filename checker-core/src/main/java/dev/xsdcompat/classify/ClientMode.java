package dev.xsdcompat.classify;

import java.util.Locale;

/** How clients read responses, which decides what something new in a response means for them. */
public enum ClientMode {
    /** Validating clients: a new element or value in a response breaks them. */
    STRICT,
    /** Clients that ignore what they do not know: additions in responses are safe. */
    LENIENT,
    /** Not known: additions in responses warn. */
    DEFAULT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
