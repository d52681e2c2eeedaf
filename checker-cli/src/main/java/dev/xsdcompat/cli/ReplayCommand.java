package dev.xsdcompat.cli;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.MessageSpool;
import dev.xsdcompat.replay.Replay;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.report.ReplayJsonWriter;
import dev.xsdcompat.replay.report.ReplayTextWriter;
import dev.xsdcompat.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xsd-compat replay OLD NEW --corpus DIR}: recorded messages against both versions. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Validates recorded messages against the old and the new version and compares responses "
                + "recorded under both.",
            "OLD and NEW are each a folder of schemas or a comma-separated list of .xsd entry files.",
            "Exit codes: 0 no message is newly rejected, 1 one is, 2 usage or input error."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", split = ",", description = "The old version.")
    List<Path> oldInputs;

    @Parameters(index = "1", paramLabel = "NEW", split = ",", description = "The new version.")
    List<Path> newInputs;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The recorded messages: a folder tree or a zip (see README, \"Replay\").")
    Path corpus;

    @Mixin
    ReplayOptions replay;

    @Option(names = "--operations", paramLabel = "FILE",
            description = "Operations file (urn:xsd-compat:operations:1): xsi:types to schema types for --adapter "
                    + "webex, and request/response roots for the severities. Default: operations.xml in the folder "
                    + "that holds OLD or NEW.")
    Path operations;

    @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class,
            description = "The report format: json or text (default: text).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file when it exists.")
    boolean force;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An OASIS XML catalog (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null && java.nio.file.Files.exists(out) && !force) {
            throw new UserInputException(out + " exists; pass --force to replace it");
        }
        Replay prepared = CompatibilityCheck.builder().catalogs(catalogs).operations(operations)
                .replay(replay.settings(corpus, operations)).build()
                .replay(oldInputs, newInputs);
        // Message results go to a temp file, not the heap, and are read back while the report is written:
        // memory does not grow with the corpus.
        try (MessageSpool spool = MessageSpool.create()) {
            ReplayResult result = prepared.run(spool);
            OutputTarget.write(out, force, spec.commandLine().getOut(), w -> {
                if (format == ReportFormat.JSON) {
                    new ReplayJsonWriter().write(result, spool, w);
                } else {
                    new ReplayTextWriter().write(result, spool, w);
                }
            });
            return result.anyNewlyRejected() ? Main.FOUND : Main.OK;
        }
    }
}
