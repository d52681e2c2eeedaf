package dev.xsdcompat.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a schema set comes from: a folder (every {@code .xsd} below it), one or more entry files, or a jar/zip.
 * Paths inside a jar live on a zip file system that this object closes.
 */
final class InputTree implements AutoCloseable {

    private final Path root;
    private final List<Path> entries;
    private final FileSystem zip;

    private InputTree(Path root, List<Path> entries, FileSystem zip) {
        this.root = root;
        this.entries = List.copyOf(entries);
        this.zip = zip;
    }

    static InputTree open(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw new LoadException("no schema input given");
        }
        if (inputs.size() == 1) {
            return open(inputs.get(0));
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            Path file = input.toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new LoadException(input + ": not a schema file (several inputs must all be .xsd files)");
            }
            files.add(file);
        }
        return new InputTree(commonParent(files), files, null);
    }

    static InputTree open(Path input) {
        Path path = input.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return new InputTree(path, xsdFilesBelow(path), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new LoadException(input + ": no such file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jar") || name.endsWith(".zip")) {
            try {
                FileSystem zip = FileSystems.newFileSystem(path, (ClassLoader) null);
                Path zipRoot = zip.getPath("/");
                List<Path> xsds = xsdFilesBelow(zipRoot);
                if (xsds.isEmpty()) {
                    zip.close();
                    throw new LoadException(input + ": the archive holds no .xsd file");
                }
                return new InputTree(zipRoot, xsds, zip);
            } catch (IOException e) {
                throw new LoadException(input + ": cannot open as a jar/zip: " + e.getMessage(), e);
            }
        }
        return new InputTree(path.getParent(), List.of(path), null);
    }

    private static List<Path> xsdFilesBelow(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName() != null
                            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xsd"))
                    .sorted()
                    .toList();
            if (found.isEmpty() && folder.getFileSystem() == FileSystems.getDefault()) {
                throw new LoadException(folder + ": the folder holds no .xsd file");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path commonParent(List<Path> files) {
        Path common = files.get(0).getParent();
        for (Path f : files) {
            while (!f.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    Path root() {
        return root;
    }

    List<Path> entries() {
        return entries;
    }

    /** The {@code catalog.xml} beside the input, used without being asked for. */
    Optional<Path> autoCatalog() {
        Path candidate = root.resolve("catalog.xml");
        return zip == null && Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** A path as reports show it: relative to the input root, with forward slashes. */
    String display(Path file) {
        Path rel = file.getFileSystem() == root.getFileSystem() ? root.relativize(file) : file;
        String s = rel.toString().replace('\\', '/');
        return s.startsWith("/") ? s.substring(1) : s;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
