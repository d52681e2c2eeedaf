package dev.xsdcompat.load;

/** An input the loader cannot work with; the message is meant for the user as it is (file:line:col first). */
public final class LoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
