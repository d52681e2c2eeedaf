package dev.xsdcompat.replay.engine;

import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.corpus.Corpus;
import dev.xsdcompat.replay.corpus.CorpusMetadata;
import dev.xsdcompat.replay.corpus.MessageMeta;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Replays a corpus against two versions on all cores and streams the results, in path order, to a consumer.
 *
 * <p>Messages are read and validated by a fixed pool of worker threads, each with its own reader, read buffer
 * and validators (one per version) made from the versions' shared compiled schemas; a message is parsed once and
 * its events teed to both versions. Messages go to the workers in small batches, at most {@code threads * 4}
 * batches in flight; the caller's thread takes the results in submission order, which is the corpus's sorted
 * order, so output is deterministic whatever the scheduling. Memory use does not grow with the corpus: only the
 * sorted list of names and the results the consumer chooses to keep (a {@link dev.xsdcompat.replay.MessageSpool}
 * keeps none).
 */
public final class ReplayEngine {

    /** Messages larger than this are refused unread: a recorded message is not a gigabyte. */
    public static final long MAX_MESSAGE_BYTES = 64L << 20;

    private final ReplayVersion oldVersion;
    private final ReplayVersion newVersion;
    private final ChangeIndex changes;
    private final int threads;
    private final int maxErrors;

    public ReplayEngine(ReplayVersion oldVersion, ReplayVersion newVersion, ChangeIndex changes, int threads,
            int maxErrors) {
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.changes = changes;
        this.threads = Math.max(1, threads);
        this.maxErrors = Math.max(1, maxErrors);
    }

    /** Replays every message of {@code corpus}; {@code sink} receives the results in path order. */
    public void run(Corpus corpus, CorpusMetadata metadata, Consumer<MessageResult> sink, ProgressListener progress)
            throws InterruptedException {
        List<String> messages = corpus.messages();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xsd-compat-replay-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<MessageReplayer> replayers = ThreadLocal.withInitial(
                () -> new MessageReplayer(oldVersion, newVersion, changes, maxErrors));
        // Messages go out in batches: a task per message costs a wake-up of this thread per message, which on
        // small messages is a noticeable share of the work. Small corpora get small batches, to use every core.
        int batch = Math.max(1, Math.min(MAX_BATCH, messages.size() / (threads * 8)));
        Deque<Future<MessageResult[]>> inFlight = new ArrayDeque<>();
        int window = threads * 4;
        int done = 0;
        try {
            for (int from = 0; from < messages.size(); from += batch) {
                List<String> slice = messages.subList(from, Math.min(messages.size(), from + batch));
                inFlight.add(pool.submit(() -> replayAll(corpus, metadata, slice, replayers.get())));
                if (inFlight.size() >= window) {
                    done = deliver(take(inFlight), sink, progress, done, messages.size());
                }
            }
            while (!inFlight.isEmpty()) {
                done = deliver(take(inFlight), sink, progress, done, messages.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int MAX_BATCH = 32;

    private static int deliver(MessageResult[] results, Consumer<MessageResult> sink, ProgressListener progress,
            int done, int total) {
        for (MessageResult r : results) {
            sink.accept(r);
            progress.progress(++done, total);
        }
        return done;
    }

    private static MessageResult[] take(Deque<Future<MessageResult[]>> inFlight) throws InterruptedException {
        try {
            return inFlight.removeFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static MessageResult[] replayAll(Corpus corpus, CorpusMetadata metadata, List<String> paths,
            MessageReplayer replayer) {
        MessageResult[] results = new MessageResult[paths.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = replayOne(corpus, metadata, paths.get(i), replayer);
        }
        return results;
    }

    private static MessageResult replayOne(Corpus corpus, CorpusMetadata metadata, String path,
            MessageReplayer replayer) {
        MessageMeta meta = metadata.meta(corpus, path);
        int length;
        try (InputStream in = corpus.open(path)) {
            length = replayer.read(in, MAX_MESSAGE_BYTES);
        } catch (IOException e) {
            return MessageReplayer.unreadable(path, "cannot read: " + e.getMessage(), meta);
        }
        if (length > MAX_MESSAGE_BYTES) {
            return MessageReplayer.unreadable(path, "larger than " + (MAX_MESSAGE_BYTES >> 20) + " MB; not read",
                    meta);
        }
        return replayer.replayRead(path, length, meta);
    }
}
