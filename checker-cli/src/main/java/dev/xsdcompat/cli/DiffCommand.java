package dev.xsdcompat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.classify.RootMode;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.MessageSpool;
import dev.xsdcompat.report.ReportFormat;
import dev.xsdcompat.rules.Severity;

/** {@code xsd-compat diff OLD NEW}: the changes between two versions, with exit codes for CI. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two versions of an XSD set.",
            "OLD and NEW are each a folder (every .xsd below it), an .xsd entry file, a comma-separated list of "
                + "entry files, or a jar/zip of schemas."})
final class DiffCommand implements Callable<Integer> {

    enum FailOn { breaking, warning, never }

    enum RootModeOption { backward, forward, full }

    enum ClientModeOption {
        strict(ClientMode.STRICT), lenient(ClientMode.LENIENT), warn(ClientMode.DEFAULT);

        private final ClientMode mode;

        ClientModeOption(ClientMode mode) {
            this.mode = mode;
        }

        ClientMode mode() {
            return mode;
        }
    }

    @Parameters(index = "0", paramLabel = "OLD", split = ",", description = "The old version.")
    List<Path> oldInputs;

    @Parameters(index = "1", paramLabel = "NEW", split = ",", description = "The new version.")
    List<Path> newInputs;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "The report format: ${COMPLETION-CANDIDATES} (default: text).",
            completionCandidates = FormatConverter.Candidates.class)
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file when it exists.")
    boolean force;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "An OASIS XML catalog for imports and includes (repeatable). A catalog.xml in an input "
                    + "folder is used without being named.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--allow-network", description = "Let http(s) schemaLocations be fetched (off by default).")
    boolean allowNetwork;

    @Option(names = "--documentation", description = "Also report changed annotation text.")
    boolean documentation;

    @Option(names = "--operations", paramLabel = "FILE",
            description = "The operations file: each API's request and response roots (default: an operations.xml "
                    + "in NEW's folder or the folder above it).")
    Path operations;

    @Option(names = "--mode", defaultValue = "full",
            description = "Without operations, every global element is a document root read as: backward (like a "
                    + "request), forward (like a response) or full (both; default).")
    RootModeOption mode;

    @Option(names = "--derived-types",
            description = "Count a type derived from a reachable type as reachable (documents may use it through "
                    + "xsi:type), unless the base type blocks that derivation.")
    boolean derivedTypes;

    @Option(names = "--request-pattern", paramLabel = "REGEX",
            description = "Instead of operations: global elements and types whose names match are request roots; "
                    + "group 1 names the API, e.g. '(.*)Request'. Needs --response-pattern.")
    Pattern requestPattern;

    @Option(names = "--response-pattern", paramLabel = "REGEX",
            description = "Response roots by name, e.g. '(.*)Response'. Needs --request-pattern.")
    Pattern responsePattern;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A policy file: accepted changes with reasons, re-levelled or silenced rules, client mode, "
                    + "renames, versioning.")
    Path policy;

    @Option(names = "--clients", description = "How clients read responses: strict (response additions break), lenient (they are safe) "
            + "or warn (they warn; the default). Overrides the policy.")
    ClientModeOption clients;

    @Option(names = "--old-version", paramLabel = "LABEL",
            description = "Version label of OLD for the versioning check (default: OLD's name, e.g. 40.4.8).")
    String oldVersion;

    @Option(names = "--new-version", paramLabel = "LABEL", description = "Version label of NEW (default: NEW's name).")
    String newVersion;

    @Option(names = "--fail-on", defaultValue = "breaking",
            description = "Exit 1 when a change is at least this severe: breaking, warning or never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Also replay these recorded messages (a folder or zip) and add the evidence to the report "
                    + "(\"replay\" in JSON); a newly rejected message fails the run like a breaking change.")
    Path corpus;

    @CommandLine.Mixin
    ReplayOptions replay;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((requestPattern == null) != (responsePattern == null)) {
            throw new UserInputException("--request-pattern and --response-pattern go together");
        }
        CompatibilityCheck check = CompatibilityCheck.builder()
                .catalogs(catalogs)
                .allowNetwork(allowNetwork)
                .documentation(documentation)
                .operations(operations)
                .rootMode(RootMode.valueOf(mode.name().toUpperCase(Locale.ROOT)))
                .derivedTypes(derivedTypes)
                .conventions(requestPattern, responsePattern)
                .policy(policy)
                .clients(clients == null ? null : clients.mode())
                .versions(oldVersion, newVersion)
                .replay(corpus == null ? null : replay.settings(corpus, operations))
                .build();
        CheckResult result;
        if (format.streamsReplayMessages()) {
            // Replayed message results go to a temp file, not the heap, and are read back for the report.
            try (MessageSpool spool = MessageSpool.create()) {
                result = check.compare(oldInputs, newInputs, spool);
                OutputTarget.write(out, force, spec.commandLine().getOut(),
                        w -> format.writer().write(result, spool, w));
            }
        } else {
            // HTML and Markdown quote messages from the corpus next to their changes: they need them all at once.
            result = check.compare(oldInputs, newInputs);
            OutputTarget.write(out, force, spec.commandLine().getOut(), w -> format.writer(corpus).write(result, w));
        }
        Severity threshold = switch (failOn) {
            case breaking -> Severity.BREAKING;
            case warning -> Severity.WARNING;
            case never -> null;
        };
        return result.fails(threshold) ? Main.FOUND : Main.OK;
    }
}
