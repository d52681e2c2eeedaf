package dev.xsdcompat.replay.corpus;

/** The corpus or its metadata cannot be read: an input error of the run, not a finding about a message. */
public final class CorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
