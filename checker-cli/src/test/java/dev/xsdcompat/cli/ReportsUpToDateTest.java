package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reports/webex is what {@code reports/regenerate} writes today. The test runs the command line of that script
 * (read from it, so there is one source) into a temp folder and compares every file byte for byte.
 */
class ReportsUpToDateTest {

    static final String HOW = "run reports/regenerate from the repository root and commit reports/";

    @TempDir
    Path tmp;

    static Path root() {
        String prop = System.getProperty("xsdcompat.projectRoot");
        if (prop != null && Files.isDirectory(Path.of(prop, "reports"))) {
            return Path.of(prop).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("reports/regenerate"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no reports/regenerate above " + Path.of("").toAbsolutePath());
    }

    /** The arguments after {@code ./xsd-compat} in reports/regenerate, continuation lines joined. */
    static List<String> regenerateArguments() throws IOException {
        String script = Files.readString(root().resolve("reports/regenerate")).replace("\\\n", " ");
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("exec ./xsd-compat ")) {
                return List.of(t.substring("exec ./xsd-compat ".length()).trim().split("\\s+"));
            }
        }
        throw new IllegalStateException("reports/regenerate has no 'exec ./xsd-compat' line");
    }

    private static String firstDifference(byte[] actual, byte[] expected) {
        String[] a = new String(actual, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        String[] e = new String(expected, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.min(a.length, e.length); i++) {
            if (!a[i].equals(e[i])) {
                return "line " + (i + 1) + ": committed '" + abbreviate(a[i]) + "', generated '" + abbreviate(e[i]) + "'";
            }
        }
        return "committed " + a.length + " lines, generated " + e.length;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    @Test
    void committedReportsEqualFreshlyGeneratedOnes() throws IOException {
        Path root = root();
        List<String> args = new ArrayList<>(regenerateArguments());
        int out = args.indexOf("--out");
        Path committed = root.resolve(args.get(out + 1));
        args.set(out + 1, tmp.toString());
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("schemas/")) {
                args.set(i, root.resolve(a).toString());
            }
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as("release-notes failed: " + stderr).isZero();
        List<String> fresh;
        try (Stream<Path> files = Files.list(tmp)) {
            fresh = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(fresh).isNotEmpty();
        List<String> kept;
        try (Stream<Path> files = Files.list(committed)) {
            kept = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(kept).as("files in " + committed + " (" + HOW + ")").isEqualTo(fresh);
        for (String name : fresh) {
            byte[] expected = Files.readAllBytes(tmp.resolve(name));
            byte[] actual = Files.readAllBytes(committed.resolve(name));
            if (!java.util.Arrays.equals(actual, expected)) {
                throw new AssertionError(committed.resolve(name) + " is stale (" + firstDifference(actual, expected)
                        + "): " + HOW);
            }
        }
    }
}
