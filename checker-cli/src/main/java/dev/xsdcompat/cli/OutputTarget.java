package dev.xsdcompat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.xsdcompat.report.ReportFile;

/**
 * Where a report goes: standard output, or a file written whole ({@link ReportFile}). An existing file is
 * replaced only when the user said --force.
 */
final class OutputTarget {

    @FunctionalInterface
    interface Render {
        void to(Writer out) throws IOException;
    }

    private OutputTarget() {
    }

    static void write(Path file, boolean force, PrintWriter stdout, Render render) throws IOException {
        if (file == null) {
            render.to(stdout);
            stdout.flush();
            return;
        }
        if (Files.exists(file) && !force) {
            throw new UserInputException(file + " exists; pass --force to replace it");
        }
        // Streamed (a replay report may list any number of messages) and moved into place whole.
        ReportFile.write(file, render::to);
    }
}
