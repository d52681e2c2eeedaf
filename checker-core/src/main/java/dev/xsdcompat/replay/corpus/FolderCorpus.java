package dev.xsdcompat.replay.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A corpus in a folder tree. Symbolic links are not followed out of the tree. */
final class FolderCorpus implements Corpus {

    private final Path root;
    private final List<String> messages;
    private final Set<String> others;

    /** Lists the tree once; {@link #exists} then answers from the listing, without a file system call per message. */
    FolderCorpus(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        List<String> all;
        try (Stream<Path> files = Files.walk(this.root)) {
            all = files.filter(Files::isRegularFile)
                    .map(p -> this.root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        this.messages = all.stream().filter(Corpus::isMessage).toList();
        this.others = all.stream().filter(p -> !Corpus.isMessage(p)).collect(Collectors.toUnmodifiableSet());
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
        // A sidecar (asked once per message) is never a message: no binary search over every name for it.
        return others.contains(path) || Corpus.isMessage(path) && Collections.binarySearch(messages, path) >= 0;
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
