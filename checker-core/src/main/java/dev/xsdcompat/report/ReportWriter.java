package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.replay.MessageResult;

/** Renders a check result in one format. Implementations are stateless and deterministic. */
@FunctionalInterface
public interface ReportWriter {

    void write(CheckResult result, Writer out) throws IOException;

    /**
     * Writes the result with the replay's messages taken from {@code replayMessages} (a
     * {@link dev.xsdcompat.replay.MessageSpool}) instead of {@code result.replay()}, which may list none. Formats
     * that do not list replay messages write as {@link #write(CheckResult, Writer)} does.
     */
    default void write(CheckResult result, Iterable<MessageResult> replayMessages, Writer out) throws IOException {
        write(result, out);
    }
}
