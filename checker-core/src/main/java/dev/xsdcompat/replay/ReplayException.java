package dev.xsdcompat.replay;

/** The replay itself cannot run (a missing corpus, no operations file for webex): an input error, exit 2. */
public final class ReplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(message);
    }

    public ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
