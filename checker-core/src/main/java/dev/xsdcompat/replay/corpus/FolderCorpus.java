package dev.xsdcompat.replay.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A corpus in a folder tree. A symbolic link counts when it leads to a regular file inside the tree; links to
 * folders are not followed.
 */
final class FolderCorpus implements Corpus {

    private final Path root;
    private final List<String> messages;
    private final Set<String> others;

    /**
     * Lists the tree once, with one file system call per entry (the walk's own: a corpus of 100,000 messages is
     * listed before the first is replayed); {@link #exists} then answers from the listing.
     */
    FolderCorpus(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        Path realRoot = this.root.toRealPath();
        List<String> all = new ArrayList<>();
        Files.walkFileTree(this.root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && insideTree(file, realRoot)) {
                    all.add(FolderCorpus.this.root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(all);
        this.messages = all.stream().filter(Corpus::isMessage).toList();
        this.others = all.stream().filter(p -> !Corpus.isMessage(p)).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean insideTree(Path link, Path realRoot) {
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot) && Files.isRegularFile(target);
        } catch (IOException e) {
            return false; // a dangling link is no message
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
