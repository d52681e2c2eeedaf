package dev.xsdcompat.cli;

import picocli.CommandLine;

import dev.xsdcompat.config.ConfigException;
import dev.xsdcompat.load.LoadException;
import dev.xsdcompat.operations.OperationsException;
import dev.xsdcompat.replay.ReplayException;
import dev.xsdcompat.replay.corpus.CorpusException;
import dev.xsdcompat.replay.envelope.SchemaCompilationException;

/**
 * Turns failures into one clear message and exit code 2. Input problems are the user's to fix and print as they
 * are; anything else is our bug, said plainly, with the stack trace only when XSDCOMPAT_DEBUG is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof LoadException || e instanceof ConfigException || e instanceof UserInputException
                || e instanceof ReplayException || e instanceof CorpusException || e instanceof OperationsException
                || e instanceof SchemaCompilationException) {
            cmd.getErr().println("error: " + e.getMessage());
        } else {
            cmd.getErr().println("error: unexpected failure (" + e.getClass().getSimpleName() + "): "
                    + e.getMessage() + "\nThis is a bug in xsd-compat; set XSDCOMPAT_DEBUG=1 for details.");
            if (System.getenv("XSDCOMPAT_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
        }
        cmd.getErr().flush();
        return Main.USAGE_OR_INPUT;
    }
}
