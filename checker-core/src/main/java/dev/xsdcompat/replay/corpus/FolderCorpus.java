package dev.xsdcompat.replay.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A corpus in a folder tree. Symbolic links are not followed out of the tree. */
final class FolderCorpus implements Corpus {

    private final Path root;
    private final List<String> messages;

    FolderCorpus(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(this.root)) {
            this.messages = files.filter(Files::isRegularFile)
                    .map(p -> this.root.relativize(p).toString().replace('\\', '/'))
                    .filter(Corpus::isMessage)
                    .sorted()
                    .toList();
        }
    }

    @Override
    public String label() {
        return root.toString();
    }

    @Override
    public List<String> messages() {
        return messages;
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path));
    }

    private Path resolve(String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException(path + " is outside the corpus");
        }
        return p;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
