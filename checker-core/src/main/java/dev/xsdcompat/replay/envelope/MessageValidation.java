package dev.xsdcompat.replay.envelope;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating one message against one schema set.
 *
 * @param file the message file
 * @param errors what is wrong, in document order; empty when the message is valid
 * @param payloads the payloads the envelope adapter found and mapped
 */
public record MessageValidation(Path file, List<ValidationError> errors, List<Payload> payloads) {

    public MessageValidation {
        errors = List.copyOf(errors);
        payloads = List.copyOf(payloads);
    }

    /** True when no error was found. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The errors as {@code file:line:col: message} lines. */
    public String describe() {
        return errors.stream().map(e -> e.format(file)).collect(Collectors.joining(System.lineSeparator()));
    }
}
