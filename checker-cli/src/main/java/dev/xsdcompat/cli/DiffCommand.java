package dev.xsdcompat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.report.ReplayTextWriter;
import dev.xsdcompat.report.ReportFormat;
import dev.xsdcompat.rules.Severity;

/** {@code xsd-compat diff OLD NEW}: the changes between two versions, with exit codes for CI. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two versions of an XSD set.",
            "OLD and NEW are each a folder (every .xsd below it), an .xsd entry file, a comma-separated list of "
                + "entry files, or a jar/zip of schemas."})
final class DiffCommand implements Callable<Integer> {

    enum FailOn { breaking, warning, never }

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

    @Option(names = "--fail-on", defaultValue = "breaking",
            description = "Exit 1 when a change is at least this severe: breaking, warning or never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Also replay these recorded messages and add the evidence to the report (\"replay\" in "
                    + "JSON); a newly rejected message fails the run like a breaking change.")
    Path corpus;

    @CommandLine.Mixin
    ReplayOptions replay;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CompatibilityCheck check = CompatibilityCheck.builder()
                .catalogs(catalogs)
                .allowNetwork(allowNetwork)
                .documentation(documentation)
                .replay(corpus == null ? null : replay.settings(corpus))
                .build();
        CheckResult result = check.compare(oldInputs, newInputs);
        OutputTarget.write(out, force, spec.commandLine().getOut(), w -> {
            format.writer().write(result, w);
            if (result.replay() != null && format == ReportFormat.TEXT) {
                new ReplayTextWriter().write(result.replay(), w);
            }
        });
        Severity threshold = switch (failOn) {
            case breaking -> Severity.BREAKING;
            case warning -> Severity.WARNING;
            case never -> null;
        };
        boolean rejected = threshold != null && result.replay() != null && result.replay().anyNewlyRejected();
        return result.fails(threshold) || rejected ? Main.FOUND : Main.OK;
    }
}
