package dev.xsdcompat.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoFailureException;

/**
 * Which files of a schema folder are the entry files. With no includes and no excludes the folder itself is the
 * input (checker-core reads every {@code .xsd} below it). Otherwise the {@code .xsd} files whose path relative to
 * the folder (with {@code /}) matches an include (default {@code **}{@code /*.xsd}) and no exclude; patterns are
 * globs, and a leading {@code **}{@code /} also matches files at the top of the folder.
 */
record SchemaSelection(List<String> includes, List<String> excludes) {

    public SchemaSelection {
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    boolean selectsAll() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    /**
     * The inputs for one side.
     *
     * @param parameter the parameter that named the folder, for messages
     */
    List<Path> inputs(String parameter, Path folder) throws MojoFailureException {
        if (selectsAll()) {
            return List.of(folder);
        }
        List<PathMatcher> in = matchers(includes.isEmpty() ? List.of("**/*.xsd") : includes);
        List<PathMatcher> out = matchers(excludes);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(folder)) {
            entries = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".xsd"))
                    .filter(p -> {
                        Path rel = Path.of(folder.relativize(p).toString().replace('\\', '/'));
                        return matchesAny(in, rel) && !matchesAny(out, rel);
                    })
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw BadParameter.of(parameter, "cannot list " + folder + ": " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw BadParameter.of(parameter, "no .xsd file in " + folder + " matches includes " + includes
                    + " and excludes " + excludes);
        }
        return entries;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream()
                .map(String::trim)
                .filter(g -> !g.isEmpty())
                .flatMap(g -> g.startsWith("**/") ? Stream.of(g, g.substring(3)) : Stream.of(g))
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                .toList();
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
