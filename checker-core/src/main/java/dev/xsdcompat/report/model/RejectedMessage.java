package dev.xsdcompat.report.model;

/**
 * A corpus message valid under the old version and rejected by the new one, with the validator's first error.
 *
 * @param file     the message's path below the corpus root ({@code /}-separated, never absolute)
 * @param api      the API(s) it carries, space-separated, or empty
 * @param location where the first error is, {@code file:line:col} (just the file when the error has no position)
 * @param message  the first error's text, without its position
 */
public record RejectedMessage(String file, String api, String direction, String location, String message) {

    /** {@code file:line:col: message}. */
    public String error() {
        return location + ": " + message;
    }
}
