package dev.xsdcompat.replay.envelope;

/** A schema set could not be read or compiled; the message names {@code file:line:col} where known. */
public final class SchemaCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaCompilationException(String message) {
        super(message);
    }

    public SchemaCompilationException(String message, Throwable cause) {
        super(message, cause);
    }
}
