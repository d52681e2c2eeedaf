package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a report file whole: rendered (streamed) into a temp file beside it, made readable, then moved into
 * place, so a failed run never leaves half a report and readers never see one being written. Whether an existing
 * file may be replaced is the caller's decision.
 */
public final class ReportFile {

    /** Renders the content. */
    @FunctionalInterface
    public interface Render {
        void to(Writer out) throws IOException;
    }

    private ReportFile() {
    }

    public static void write(Path file, Render render) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".xsd-compat", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                render.to(w);
            }
            // Temp files are private; a report is for reading.
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path file, String content) throws IOException {
        write(file, w -> w.write(content));
    }
}
