package dev.xsdcompat.replay.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A corpus in a zip. Entry names are used as paths (a leading folder shared by all entries stays: name it in
 * metadata as it is). {@link ZipFile} is safe for concurrent reads.
 */
final class ZipCorpus implements Corpus {

    private final Path location;
    private final ZipFile zip;
    private final List<String> messages;

    ZipCorpus(Path location) throws IOException {
        this.location = location;
        this.zip = new ZipFile(location.toFile());
        this.messages = Collections.list(zip.entries()).stream()
                .filter(e -> !e.isDirectory())
                .map(ZipEntry::getName)
                .filter(n -> !n.startsWith("/") && !n.contains(".."))
                .filter(Corpus::isMessage)
                .sorted()
                .toList();
    }

    @Override
    public String label() {
        return location.toString();
    }

    @Override
    public List<String> messages() {
        return messages;
    }

    @Override
    public boolean exists(String path) {
        ZipEntry entry = zip.getEntry(path);
        return entry != null && !entry.isDirectory();
    }

    @Override
    public InputStream open(String path) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new IOException(path + ": not in " + location);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
