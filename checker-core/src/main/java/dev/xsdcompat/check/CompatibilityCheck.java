package dev.xsdcompat.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.classify.DirectionalClassifier;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.classify.RootMode;
import dev.xsdcompat.classify.Roots;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.diff.SchemaDiff;
import dev.xsdcompat.load.LoadOptions;
import dev.xsdcompat.load.SchemaLoader;
import dev.xsdcompat.model.ModelBuilder;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.replay.Replay;
import dev.xsdcompat.replay.ReplaySettings;
import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.operations.OperationsFile;
import dev.xsdcompat.policy.Policy;
import dev.xsdcompat.policy.PolicyFile;
import dev.xsdcompat.policy.VersionCheck;
import dev.xsdcompat.policy.VersionVerdict;
import dev.xsdcompat.rules.Severity;

/**
 * Compares two versions of an XSD set: load, model, diff, classify. Immutable and thread-safe; build one with
 * {@link #builder()}. The two versions load in parallel.
 *
 * <p>Directions come from an operations file when there is one (given, or an {@code operations.xml} in the new
 * version's folder or the folder above it); otherwise every global element is a document root read as the
 * {@link RootMode} says.
 */
public final class CompatibilityCheck {

    static final String OPERATIONS_FILE_NAME = "operations.xml";

    private final LoadOptions loadOptions;
    private final boolean documentation;
    private final Path operationsFile;
    private final boolean discoverOperations;
    private final RootMode rootMode;
    private final boolean derivedTypes;
    private final Pattern requestPattern;
    private final Pattern responsePattern;
    private final Policy policy;
    private final String oldVersion;
    private final String newVersion;
    private final List<Path> catalogs;
    private final ReplaySettings replay;

    private CompatibilityCheck(Builder b) {
        this.loadOptions = new LoadOptions(b.catalogs, b.allowNetwork);
        this.documentation = b.documentation;
        this.operationsFile = b.operations;
        this.discoverOperations = b.discoverOperations;
        this.rootMode = b.rootMode;
        this.derivedTypes = b.derivedTypes;
        this.requestPattern = b.requestPattern;
        this.responsePattern = b.responsePattern;
        Policy p = b.policyFile == null ? b.policy : PolicyFile.read(b.policyFile);
        this.policy = b.clients == null ? p : p.withClients(b.clients);
        this.oldVersion = b.oldVersion;
        this.newVersion = b.newVersion;
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
        Path operations = operationsFor(newInputs);
        CheckResult result = compare(models[0], models[1], operations);
        if (replay == null) {
            return result;
        }
        return result.withReplay(prepareReplay(oldInputs, models[0], newInputs, models[1], result, operations).run());
    }

    /**
     * As {@link #compare(List, List)}, with the replay's message results streamed to {@code replayMessages} (for
     * instance a {@link dev.xsdcompat.replay.MessageSpool}) instead of kept: the result's replay then lists no
     * messages, so memory does not grow with the corpus. Without a corpus configured, nothing is streamed.
     */
    public CheckResult compare(List<Path> oldInputs, List<Path> newInputs,
            java.util.function.Consumer<dev.xsdcompat.replay.MessageResult> replayMessages) {
        SchemaModel[] models = models(oldInputs, newInputs);
        Path operations = operationsFor(newInputs);
        CheckResult result = compare(models[0], models[1], operations);
        if (replay == null) {
            return result;
        }
        return result.withReplay(prepareReplay(oldInputs, models[0], newInputs, models[1], result, operations)
                .run(replayMessages));
    }

    /**
     * Prepares a replay of the configured corpus ({@link Builder#replay} is required): both versions modelled and
     * compared (so that messages can be tied to changes and their severities) and compiled once.
     */
    public Replay replay(List<Path> oldInputs, List<Path> newInputs) {
        if (replay == null) {
            throw new IllegalStateException("no corpus configured: use builder().replay(settings)");
        }
        SchemaModel[] models = models(oldInputs, newInputs);
        Path operations = operationsFor(newInputs);
        CheckResult diff = compare(models[0], models[1], operations);
        return prepareReplay(oldInputs, models[0], newInputs, models[1], diff, operations);
    }

    private Replay prepareReplay(List<Path> oldInputs, SchemaModel oldModel, List<Path> newInputs,
            SchemaModel newModel, CheckResult diff, Path operations) {
        // The webex adapter uses the same operations file as the classifier unless the replay names its own;
        // auto means xpath when a payload expression is given, else webex exactly when there is such a file.
        ReplaySettings settings = replay;
        if (settings.adapter() == ReplaySettings.Adapter.AUTO) {
            boolean webex = settings.operations() != null || operations != null;
            settings = settings.payload() != null ? settings.withPayload(settings.payload())
                    : settings.withAdapter(webex ? ReplaySettings.Adapter.WEBEX : ReplaySettings.Adapter.PLAIN);
        }
        if (settings.operations() == null && operations != null
                && settings.adapter() == ReplaySettings.Adapter.WEBEX) {
            settings = settings.withOperations(operations);
        }
        return Replay.prepare(settings, oldInputs, oldModel, newInputs, newModel, diff.findings(), catalogs);
    }

    private Path operationsFor(List<Path> newInputs) {
        boolean convention = requestPattern != null && responsePattern != null;
        return operationsFile != null ? operationsFile
                : discoverOperations && !convention ? discover(newInputs).orElse(null) : null;
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
        return compare(oldModel, newModel, operationsFile);
    }

    /**
     * Compares two versions already modelled (a series loads each version once) and, with a corpus configured
     * ({@link Builder#replay}), replays it against both, reusing the models. Unlike {@link #compare(List, List)} no
     * operations file is discovered: only the one given to the builder is used, as by
     * {@link #compare(SchemaModel, SchemaModel)}.
     */
    public CheckResult compare(List<Path> oldInputs, SchemaModel oldModel, List<Path> newInputs,
            SchemaModel newModel) {
        CheckResult result = compare(oldModel, newModel, operationsFile);
        if (replay == null) {
            return result;
        }
        return result.withReplay(prepareReplay(oldInputs, oldModel, newInputs, newModel, result, operationsFile)
                .run());
    }

    /** The replay this check runs with each comparison, or null when no corpus is configured. */
    public ReplaySettings replaySettings() {
        return replay;
    }

    private CheckResult compare(SchemaModel oldModel, SchemaModel newModel, Path operations) {
        List<Change> changes = new SchemaDiff(policy.renames()).compare(oldModel, newModel);
        Roots roots;
        String rootsDescription;
        if (operations != null) {
            Operations ops = OperationsFile.read(operations);
            roots = Roots.of(ops);
            rootsDescription = "operations " + display(operations) + " (" + ops.size() + " APIs)";
        } else if (requestPattern != null && responsePattern != null) {
            roots = Roots.byConvention(requestPattern, responsePattern, oldModel, newModel);
            rootsDescription = "naming convention: requests " + requestPattern + ", responses " + responsePattern
                    + " (" + roots.byApi().size() + " APIs)";
        } else {
            roots = Roots.of(rootMode, oldModel, newModel);
            rootsDescription = "mode " + rootMode.id() + " (every global element is a document root)";
        }
        if (derivedTypes) {
            rootsDescription += ", with the types derived from reachable ones (xsi:type)";
        }
        List<Finding> findings = new DirectionalClassifier(roots, policy, oldModel, newModel, derivedTypes)
                .classify(changes);
        boolean breaking = findings.stream().anyMatch(f -> !f.accepted() && f.overall() == Severity.BREAKING);
        VersionVerdict version = VersionCheck.evaluate(oldVersion != null ? oldVersion : oldModel.label(),
                newVersion != null ? newVersion : newModel.label(), policy.versioning(), breaking).orElse(null);
        return new CheckResult(SideSummary.of(oldModel), SideSummary.of(newModel), findings, rootsDescription,
                version);
    }

    /** An operations.xml in the new version's folder or the folder above it (schemas/webex/40.6.0 has one above). */
    static Optional<Path> discover(List<Path> newInputs) {
        if (newInputs.size() != 1) {
            return Optional.empty();
        }
        Path in = newInputs.get(0).toAbsolutePath().normalize();
        Path folder = Files.isDirectory(in) ? in : in.getParent();
        for (Path dir = folder; dir != null && (dir.equals(folder) || dir.equals(folder.getParent()));
                dir = dir.getParent()) {
            Path candidate = dir.resolve(OPERATIONS_FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Relative to the working directory when below it, so reports do not depend on where a checkout sits. */
    private static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** Options for a check; every setter returns this builder. */
    public static final class Builder {
        private List<Path> catalogs = List.of();
        private boolean allowNetwork;
        private boolean documentation;
        private Path operations;
        private boolean discoverOperations = true;
        private RootMode rootMode = RootMode.FULL;
        private boolean derivedTypes;
        private Pattern requestPattern;
        private Pattern responsePattern;
        private Policy policy = Policy.none();
        private Path policyFile;
        private ClientMode clients;
        private String oldVersion;
        private String newVersion;
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

        /** The operations file naming each API's request and response roots (null: discover or use the mode). */
        public Builder operations(Path file) {
            this.operations = file;
            return this;
        }

        /** Whether an operations.xml next to the new version is used when none is given (default: yes). */
        public Builder discoverOperations(boolean discover) {
            this.discoverOperations = discover;
            return this;
        }

        /** Without operations: which way documents are read (default: full). */
        public Builder rootMode(RootMode mode) {
            this.rootMode = mode;
            return this;
        }

        /**
         * Whether a type derived from a reachable type counts as reachable, as documents may use it through
         * {@code xsi:type} (unless the base type blocks that derivation). Off by default: an envelope whose
         * payload types all derive from one base, as Webex's {@code bodyContent} does, would otherwise tie every
         * API to every payload; its operations file says which payload each API sends.
         */
        public Builder derivedTypes(boolean follow) {
            this.derivedTypes = follow;
            return this;
        }

        /**
         * APIs by naming convention instead of an operations file: global elements and types whose names match
         * are request and response roots; the first group of each pattern names the API.
         */
        public Builder conventions(Pattern request, Pattern response) {
            this.requestPattern = request;
            this.responsePattern = response;
            return this;
        }

        /** A policy file (accepted changes, re-levelled rules, client mode, renames, versioning). */
        public Builder policy(Path file) {
            this.policyFile = file;
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = policy;
            this.policyFile = null;
            return this;
        }

        /** Overrides the policy's client mode. */
        public Builder clients(ClientMode mode) {
            this.clients = mode;
            return this;
        }

        /** Version labels for the versioning check; by default the inputs' names ({@code .../40.6.0}). */
        public Builder versions(String oldLabel, String newLabel) {
            this.oldVersion = oldLabel;
            this.newVersion = newLabel;
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
