package dev.xsdcompat.replay.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A set of recorded messages: a folder tree or a zip. Messages are named by their path relative to the corpus
 * root, with {@code /} separators, and listed sorted so that every run visits them in the same order. Only
 * names are held; contents are opened one at a time, so a corpus of any size fits in memory.
 *
 * <p>Every {@code *.xml} file is a message except the sidecars: {@code corpus.xml} at the root (the Webex
 * metadata format) and {@code *.meta.properties}.
 */
public interface Corpus extends Closeable {

    /** The sidecar with Webex-style metadata, at the corpus root. */
    String CORPUS_XML = "corpus.xml";

    /** Per-message sidecar suffix: {@code request.xml} is described by {@code request.xml.meta.properties}. */
    String META_SUFFIX = ".meta.properties";

    /** A label for messages: the folder or zip as the user named it. */
    String label();

    /** Message paths, sorted. */
    List<String> messages();

    /** Whether the corpus holds this file (a message or a sidecar). */
    boolean exists(String path);

    /** Opens one file of the corpus. Thread-safe. */
    InputStream open(String path) throws IOException;

    /** A folder tree or a {@code .zip}. */
    static Corpus open(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return new FolderCorpus(location);
        }
        if (Files.isRegularFile(location)) {
            return new ZipCorpus(location);
        }
        throw new IOException(location + ": no such folder or zip");
    }

    /** Whether a corpus path names a message (and not a sidecar). */
    static boolean isMessage(String path) {
        return path.endsWith(".xml") && !path.equals(CORPUS_XML);
    }
}
