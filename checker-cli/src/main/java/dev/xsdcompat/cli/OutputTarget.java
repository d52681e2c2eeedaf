package dev.xsdcompat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a report goes: standard output, or a file written whole (temp file, then move) so a failed run never
 * leaves half a report. An existing file is replaced only when the user said --force.
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
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".xsd-compat", ".tmp");
        try {
            // Streamed to the temp file (a replay report may list any number of messages), then moved.
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                render.to(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
