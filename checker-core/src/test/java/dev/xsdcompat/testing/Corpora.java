package dev.xsdcompat.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public schema series under ../shared/corpora (read-only, never copied into the project). Tests that
 * need them are skipped with a clear message when the folder is absent.
 */
public final class Corpora {

    private Corpora() {
    }

    /** The project root: surefire passes it; otherwise the nearest parent holding the reactor pom. */
    public static Path projectRoot() {
        String prop = System.getProperty("xsdcompat.projectRoot");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("checker-core/pom.xml"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("").toAbsolutePath() : p;
    }

    /** ../shared/corpora/{relative}, or the test is skipped. */
    public static Path require(String relative) {
        Path base = projectRoot().resolve("../shared/corpora").normalize();
        Path p = base.resolve(relative);
        assumeTrue(Files.exists(p), "skipped: real corpus " + p + " not found (see ../shared/corpora/README.md)");
        return p;
    }
}
