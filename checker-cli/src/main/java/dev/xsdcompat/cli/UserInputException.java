package dev.xsdcompat.cli;

/** A problem with the command line's inputs or outputs, reported as it is with exit code 2. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
