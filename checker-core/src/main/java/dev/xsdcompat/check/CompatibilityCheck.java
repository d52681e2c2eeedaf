package dev.xsdcompat.check;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.xsdcompat.classify.Classifier;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.diff.SchemaDiff;
import dev.xsdcompat.load.LoadOptions;
import dev.xsdcompat.load.SchemaLoader;
import dev.xsdcompat.model.ModelBuilder;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.replay.Replay;
import dev.xsdcompat.replay.ReplaySettings;

/**
 * Compares two versions of an XSD set: load, model, diff, classify. Immutable and thread-safe; build one with
 * {@link #builder()}. The two versions load in parallel.
 */
public final class CompatibilityCheck {

    private final LoadOptions loadOptions;
    private final boolean documentation;
    private final Classifier classifier;
    private final List<Path> catalogs;
    private final ReplaySettings replay;

    private CompatibilityCheck(Builder b) {
        this.loadOptions = new LoadOptions(b.catalogs, b.allowNetwork);
        this.documentation = b.documentation;
        this.classifier = b.classifier;
        this.catalogs = b.catalogs;
        this.replay = b.replay;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads and models one version (a folder, an entry file, a jar/zip, or several entry files). */
    public SchemaModel model(List<Path> inputs) {
        return new ModelBuilder(documentation).build(new SchemaLoader(loadOptions).load(inputs));
    }

    public CheckResult compare(Path oldInput, Path newInput) {
        return compare(List.of(oldInput), List.of(newInput));
    }

    /** Compares two versions; with a corpus configured ({@link Builder#replay}), replays it too. */
    public CheckResult compare(List<Path> oldInputs, List<Path> newInputs) {
        SchemaModel[] models = models(oldInputs, newInputs);
        CheckResult result = compare(models[0], models[1]);
        if (replay == null) {
            return result;
        }
        return result.withReplay(prepareReplay(oldInputs, models[0], newInputs, models[1], result).run());
    }

    /**
     * Prepares a replay of the configured corpus ({@link Builder#replay} is required): both versions modelled and
     * compared (so that messages can be tied to changes) and compiled once.
     */
    public Replay replay(List<Path> oldInputs, List<Path> newInputs) {
        if (replay == null) {
            throw new IllegalStateException("no corpus configured: use builder().replay(settings)");
        }
        SchemaModel[] models = models(oldInputs, newInputs);
        return prepareReplay(oldInputs, models[0], newInputs, models[1], compare(models[0], models[1]));
    }

    private Replay prepareReplay(List<Path> oldInputs, SchemaModel oldModel, List<Path> newInputs,
            SchemaModel newModel, CheckResult diff) {
        return Replay.prepare(replay, oldInputs, oldModel, newInputs, newModel, diff.findings(), catalogs);
    }

    private SchemaModel[] models(List<Path> oldInputs, List<Path> newInputs) {
        CompletableFuture<SchemaModel> oldModel = CompletableFuture.supplyAsync(() -> model(oldInputs));
        try {
            SchemaModel newModel = model(newInputs);
            return new SchemaModel[] {oldModel.join(), newModel};
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    public CheckResult compare(SchemaModel oldModel, SchemaModel newModel) {
        List<Change> changes = new SchemaDiff().compare(oldModel, newModel);
        return new CheckResult(SideSummary.of(oldModel), SideSummary.of(newModel), classifier.classify(changes));
    }

    /** Options for a check; every setter returns this builder. */
    public static final class Builder {
        private List<Path> catalogs = List.of();
        private boolean allowNetwork;
        private boolean documentation;
        private Classifier classifier = Classifier.defaults();
        private ReplaySettings replay;

        private Builder() {
        }

        public Builder catalogs(List<Path> catalogs) {
            this.catalogs = List.copyOf(catalogs);
            return this;
        }

        public Builder allowNetwork(boolean allow) {
            this.allowNetwork = allow;
            return this;
        }

        /** Whether annotation text is compared (off by default: it is noise for compatibility). */
        public Builder documentation(boolean compare) {
            this.documentation = compare;
            return this;
        }

        public Builder classifier(Classifier classifier) {
            this.classifier = classifier;
            return this;
        }

        /** Replays a corpus against both versions as part of {@link #compare}; null for none (the default). */
        public Builder replay(ReplaySettings settings) {
            this.replay = settings;
            return this;
        }

        public CompatibilityCheck build() {
            return new CompatibilityCheck(this);
        }
    }
}
