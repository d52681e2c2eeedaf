package dev.xsdcompat.replay;

import dev.xsdcompat.replay.engine.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to replay: the corpus, the envelope adapter, the operations file (required by {@code webex}), paths to
 * ignore when comparing responses, worker threads, errors kept per message and version, and who hears progress.
 */
public record ReplaySettings(Path corpus, Adapter adapter, Path operations, List<String> ignoredPaths, int threads,
        int maxErrors, ProgressListener progress) {

    /** The envelope adapters: how a message's payload and its schema type are found. */
    public enum Adapter {
        /** The root element is the document. */
        PLAIN,
        /** The Webex XML API envelope; payloads by {@code xsi:type} through the operations file. */
        WEBEX;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Adapter parse(String s) {
            for (Adapter a : values()) {
                if (a.id().equalsIgnoreCase(s.trim())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown adapter '" + s + "' (one of plain, webex)");
        }
    }

    public ReplaySettings {
        Objects.requireNonNull(corpus, "corpus");
        adapter = adapter == null ? Adapter.PLAIN : adapter;
        ignoredPaths = List.copyOf(ignoredPaths);
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        maxErrors = maxErrors <= 0 ? 5 : maxErrors;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Defaults: plain adapter, no operations, nothing ignored, all cores, 5 errors, no progress. */
    public static ReplaySettings of(Path corpus) {
        return new ReplaySettings(corpus, Adapter.PLAIN, null, List.of(), 0, 0, null);
    }

    public ReplaySettings withAdapter(Adapter a) {
        return new ReplaySettings(corpus, a, operations, ignoredPaths, threads, maxErrors, progress);
    }

    public ReplaySettings withOperations(Path file) {
        return new ReplaySettings(corpus, adapter, file, ignoredPaths, threads, maxErrors, progress);
    }

    public ReplaySettings withIgnoredPaths(List<String> paths) {
        return new ReplaySettings(corpus, adapter, operations, paths, threads, maxErrors, progress);
    }

    public ReplaySettings withThreads(int n) {
        return new ReplaySettings(corpus, adapter, operations, ignoredPaths, n, maxErrors, progress);
    }

    public ReplaySettings withProgress(ProgressListener listener) {
        return new ReplaySettings(corpus, adapter, operations, ignoredPaths, threads, maxErrors, listener);
    }
}
