package dev.xsdcompat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.operations.OperationsException;
import dev.xsdcompat.operations.OperationsFile;

/** Hands an operations file to the check, so findings name the APIs they affect. */
final class Operations {

    private Operations() {
    }

    static void apply(CompatibilityCheck.Builder check, Path file, PrintWriter err) {
        // Validates the file now, so a bad one is a clear input error.
        try {
            OperationsFile.read(file);
        } catch (OperationsException e) {
            throw new UserInputException(e.getMessage());
        }
        err.println("note: this build cannot map changes to APIs yet; --operations is checked and ignored");
        err.flush();
    }
}
