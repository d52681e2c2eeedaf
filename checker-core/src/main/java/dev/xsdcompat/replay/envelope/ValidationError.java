package dev.xsdcompat.replay.envelope;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a message.
 *
 * @param line 1-based line in the original file, or -1 when unknown
 * @param column 1-based column in the original file, or -1 when unknown
 * @param message what is wrong
 */
public record ValidationError(int line, int column, String message) {

    public ValidationError {
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: message}. */
    public String format(Path file) {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
