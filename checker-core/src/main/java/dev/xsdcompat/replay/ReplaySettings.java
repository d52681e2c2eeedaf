package dev.xsdcompat.replay;

import dev.xsdcompat.replay.engine.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to replay: the corpus, the envelope adapter, the operations file (required by {@code webex}), the payload
 * XPath (required by {@code xpath}), paths to ignore when comparing responses, worker threads, errors kept per
 * message and version, and who hears progress.
 */
public record ReplaySettings(Path corpus, Adapter adapter, Path operations, String payload,
        List<String> ignoredPaths, int threads, int maxErrors, ProgressListener progress) {

    /** The envelope adapters: how a message's payload and its schema type are found. */
    public enum Adapter {
        /** The root element is the document. */
        PLAIN,
        /** The Webex XML API envelope; payloads by {@code xsi:type} through the operations file. */
        WEBEX,
        /** Each element an XPath 3.1 expression selects is a document ({@link #payload}): SOAP bodies, say. */
        XPATH,
        /**
         * xpath when a payload expression is given, else webex when an operations file is in effect (given or
         * found beside the schemas), else plain.
         */
        AUTO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Adapter parse(String s) {
            for (Adapter a : values()) {
                if (a.id().equalsIgnoreCase(s.trim())) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown adapter '" + s + "' (one of plain, webex, xpath, auto)");
        }
    }

    public ReplaySettings {
        Objects.requireNonNull(corpus, "corpus");
        adapter = adapter == null ? Adapter.PLAIN : adapter;
        ignoredPaths = List.copyOf(ignoredPaths);
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        maxErrors = maxErrors <= 0 ? 5 : maxErrors;
        progress = progress == null ? ProgressListener.NONE : progress;
        if (payload != null && adapter != Adapter.XPATH && adapter != Adapter.AUTO) {
            throw new IllegalArgumentException("a payload XPath is for the xpath adapter, not " + adapter.id());
        }
        if (payload == null && adapter == Adapter.XPATH) {
            throw new IllegalArgumentException("the xpath adapter needs a payload XPath");
        }
    }

    /** Defaults: plain adapter, no operations, nothing ignored, all cores, 5 errors, no progress. */
    public static ReplaySettings of(Path corpus) {
        return new ReplaySettings(corpus, Adapter.PLAIN, null, null, List.of(), 0, 0, null);
    }

    public ReplaySettings withAdapter(Adapter a) {
        return new ReplaySettings(corpus, a, operations, payload, ignoredPaths, threads, maxErrors, progress);
    }

    /** The xpath adapter with this payload expression. */
    public ReplaySettings withPayload(String xpath) {
        return new ReplaySettings(corpus, Adapter.XPATH, operations, xpath, ignoredPaths, threads, maxErrors,
                progress);
    }

    public ReplaySettings withOperations(Path file) {
        return new ReplaySettings(corpus, adapter, file, payload, ignoredPaths, threads, maxErrors, progress);
    }

    public ReplaySettings withIgnoredPaths(List<String> paths) {
        return new ReplaySettings(corpus, adapter, operations, payload, paths, threads, maxErrors, progress);
    }

    public ReplaySettings withThreads(int n) {
        return new ReplaySettings(corpus, adapter, operations, payload, ignoredPaths, n, maxErrors, progress);
    }

    public ReplaySettings withProgress(ProgressListener listener) {
        return new ReplaySettings(corpus, adapter, operations, payload, ignoredPaths, threads, maxErrors, listener);
    }
}
