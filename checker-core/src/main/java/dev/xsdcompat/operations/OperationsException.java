package dev.xsdcompat.operations;

/** An operations file could not be read; the message reads {@code file:line:col: problem}. */
public final class OperationsException extends dev.xsdcompat.config.ConfigException {

    private static final long serialVersionUID = 1L;

    public OperationsException(String message) {
        super(message);
    }

    public OperationsException(String message, Throwable cause) {
        super(message, cause);
    }
}
