package dev.xsdcompat.replay;

import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.model.ElementPaths;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.operations.OperationsFile;
import dev.xsdcompat.replay.corpus.Corpus;
import dev.xsdcompat.replay.corpus.CorpusException;
import dev.xsdcompat.replay.corpus.CorpusMetadata;
import dev.xsdcompat.replay.corpus.DriftPair;
import dev.xsdcompat.replay.drift.ResponseComparer;
import dev.xsdcompat.replay.engine.ChangeIndex;
import dev.xsdcompat.replay.engine.ReplayEngine;
import dev.xsdcompat.replay.engine.ReplayVersion;
import dev.xsdcompat.replay.envelope.ContentIndex;
import dev.xsdcompat.replay.envelope.EnvelopeAdapter;
import dev.xsdcompat.replay.envelope.PayloadSelector;
import dev.xsdcompat.replay.envelope.SchemaCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A replay ready to run: both versions compiled once, the adapter chosen, the diff's changes indexed by path.
 * {@link #run()} gives the whole {@link ReplayResult} (fine for small corpora and tests); {@link #run(Consumer)}
 * streams the message results and keeps only counts and coverage, for corpora of any size: stream into a
 * {@link MessageSpool} and hand it to the writers to report every message with memory that does not grow with
 * the corpus (what the CLI does). Normally reached through
 * {@link dev.xsdcompat.check.CompatibilityCheck}.
 */
public final class Replay {

    private final ReplaySettings settings;
    private final ReplayVersion oldVersion;
    private final ReplayVersion newVersion;
    private final ChangeIndex changes;

    private Replay(ReplaySettings settings, ReplayVersion oldVersion, ReplayVersion newVersion, ChangeIndex changes) {
        this.settings = settings;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.changes = changes;
    }

    /**
     * Prepares a replay of two versions, each given as the user named it (folders or entry files) together with
     * its model, and the diff's findings (may be empty).
     */
    public static Replay prepare(ReplaySettings settings, List<Path> oldInputs, SchemaModel oldModel,
            List<Path> newInputs, SchemaModel newModel, List<Finding> findings, List<Path> catalogs) {
        if (!Files.exists(settings.corpus())) {
            throw new ReplayException(settings.corpus() + ": no such corpus folder or zip");
        }
        Operations operations = settings.adapter() == ReplaySettings.Adapter.WEBEX
                ? OperationsFile.read(operationsFile(settings, oldInputs)) : null;
        PayloadSelector payloads = settings.adapter() == ReplaySettings.Adapter.XPATH ? selector(settings) : null;
        CompletableFuture<ReplayVersion> before = CompletableFuture.supplyAsync(
                () -> version(oldInputs, oldModel, settings, operations, payloads, catalogs));
        ReplayVersion after;
        try {
            after = version(newInputs, newModel, settings, operations, payloads, catalogs);
            return new Replay(settings, before.join(), after, new ChangeIndex(findings));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The operations file: as given, or {@code operations.xml} in the folder above OLD (the layout of
     * schemas/webex, where each release is a folder beside the operations file).
     */
    static Path operationsFile(ReplaySettings settings, List<Path> oldInputs) {
        if (settings.operations() != null) {
            return settings.operations();
        }
        Path parent = oldInputs.get(0).toAbsolutePath().normalize().getParent();
        Path beside = parent == null ? null : parent.resolve("operations.xml");
        if (beside != null && Files.isRegularFile(beside)) {
            return beside;
        }
        throw new ReplayException("the webex adapter needs an operations file: pass --operations FILE (or put "
                + "operations.xml in the folder that holds OLD)");
    }

    private static PayloadSelector selector(ReplaySettings settings) {
        try {
            return PayloadSelector.compile(settings.payload());
        } catch (IllegalArgumentException e) {
            throw new ReplayException(e.getMessage(), e);
        }
    }

    private static ReplayVersion version(List<Path> inputs, SchemaModel model, ReplaySettings settings,
            Operations operations, PayloadSelector payloads, List<Path> catalogs) {
        EnvelopeAdapter adapter = payloads != null ? EnvelopeAdapter.xpath(payloads) : EnvelopeAdapter.plain();
        if (settings.adapter() == ReplaySettings.Adapter.WEBEX) {
            if (inputs.size() != 1 || !Files.isDirectory(inputs.get(0))) {
                throw new ReplayException("the webex adapter needs each version as one folder, not " + inputs);
            }
            adapter = EnvelopeAdapter.webex(operations, ContentIndex.of(inputs.get(0)));
        }
        return new ReplayVersion(label(inputs), SchemaCompiler.compile(inputs, catalogs), adapter,
                new ElementPaths(model));
    }

    /** A version's label: its folder or file name ({@code 40.6.0}), which the corpus layout refers to. */
    static String label(List<Path> inputs) {
        List<String> names = inputs.stream().map(p -> {
            Path name = p.toAbsolutePath().normalize().getFileName();
            return name == null ? p.toString() : name.toString();
        }).toList();
        return String.join(",", names);
    }

    public ReplayVersion oldVersion() {
        return oldVersion;
    }

    public ReplayVersion newVersion() {
        return newVersion;
    }

    /** Runs the replay and keeps a small result per message. */
    public ReplayResult run() {
        List<MessageResult> messages = new ArrayList<>();
        return run(messages::add, messages);
    }

    /** Runs the replay, streaming message results to {@code sink}; the returned result lists no messages. */
    public ReplayResult run(Consumer<MessageResult> sink) {
        return run(sink, List.of());
    }

    private ReplayResult run(Consumer<MessageResult> sink, List<MessageResult> kept) {
        try (Corpus corpus = Corpus.open(settings.corpus())) {
            CorpusMetadata metadata = CorpusMetadata.read(corpus);
            Tally tally = new Tally(changes);
            new ReplayEngine(oldVersion, newVersion, changes, settings.threads(), settings.maxErrors())
                    .run(corpus, metadata, r -> {
                        tally.add(r);
                        sink.accept(r);
                    }, settings.progress());
            List<DriftPair> pairs = metadata.driftPairs(corpus, oldVersion.label(), newVersion.label());
            List<ResponseDrift> drift = drift(corpus, pairs);
            Coverage coverage = tally.coverage();
            ReplaySummary summary = new ReplaySummary(oldVersion.label(), newVersion.label(),
                    settings.adapter().id(), tally.messages, tally.outcomes, tally.unexpected, pairs.size(),
                    drift.size(), changes.findings().size(), coverage.exercised(), coverage.confirmed());
            return new ReplayResult(summary, kept, drift, coverage);
        } catch (IOException e) {
            throw new ReplayException(settings.corpus() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayException("interrupted", e);
        }
    }

    private List<ResponseDrift> drift(Corpus corpus, List<DriftPair> pairs) {
        ResponseComparer comparer = new ResponseComparer(settings.ignoredPaths());
        List<ResponseDrift> result = new ArrayList<>();
        for (DriftPair pair : pairs) {
            try (InputStream before = corpus.open(pair.before()); InputStream after = corpus.open(pair.after())) {
                List<DriftDifference> differences = comparer.compare(before, pair.before(), after, pair.after());
                if (!differences.isEmpty()) {
                    result.add(new ResponseDrift(pair.api(), pair.request(), pair.before(), pair.after(),
                            pair.release(), pair.description(), differences));
                }
            } catch (IOException e) {
                throw new CorpusException("drift pair " + pair.before() + " / " + pair.after() + ": "
                        + e.getMessage(), e);
            }
        }
        return result;
    }

    /** Counts outcomes and per-change evidence as results stream by (on one thread). */
    private static final class Tally {
        private final ChangeIndex changes;
        private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        private final Map<String, int[]> perChange = new HashMap<>();
        private int messages;
        private int unexpected;

        Tally(ChangeIndex changes) {
            this.changes = changes;
        }

        void add(MessageResult r) {
            messages++;
            outcomes.merge(r.outcome(), 1, Integer::sum);
            if (r.unexpected()) {
                unexpected++;
            }
            for (String fingerprint : r.exercises()) {
                int[] counts = perChange.computeIfAbsent(fingerprint, f -> new int[3]);
                counts[0]++;
                if (r.outcome() == Outcome.NEWLY_REJECTED) {
                    counts[1]++;
                    if (changes.breakingFor(fingerprint, r.direction())) {
                        counts[2]++;
                    }
                }
            }
        }

        Coverage coverage() {
            List<CoverageEntry> entries = new ArrayList<>();
            changes.findings().forEach((fingerprint, f) -> {
                int[] c = perChange.getOrDefault(fingerprint, new int[3]);
                entries.add(new CoverageEntry(fingerprint, f.change().rule().id(), f.change().path(), f.request(),
                        f.response(), c[0], c[1], c[2] > 0));
            });
            return new Coverage(entries);
        }
    }
}
