package dev.xsdcompat.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.ReplayException;
import dev.xsdcompat.replay.ReplaySettings;
import dev.xsdcompat.report.model.Labels;
import dev.xsdcompat.report.series.ReleaseSeries;

/**
 * {@code xsd-compat release-notes V1 V2 ... --out DIR}: Markdown release notes and the HTML changelog of a series
 * of versions, oldest first.
 */
@Command(name = "release-notes", mixinStandardHelpOptions = true,
        description = {"Writes release notes (Markdown) and an HTML changelog for a series of versions.",
            "Each VERSION is a folder, an .xsd entry file or a jar/zip, oldest first; its label is its file name.",
            "Files in DIR: changelog.html, release-notes.md (en), release-notes.zh-CN.md (zh-CN)."})
final class ReleaseNotesCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "VERSION", description = "The versions, oldest first.")
    List<Path> versions;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path out;

    @Option(names = "--force", description = "Replace files in DIR that exist.")
    boolean force;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Recorded messages (a folder or zip), replayed against each pair of consecutive versions: "
                    + "newly rejected messages, behaviour changes (drift), examples of new elements, coverage.")
    Path corpus;

    @Option(names = "--payload", paramLabel = "XPATH",
            description = "With --corpus: XPath 3.1 selecting each message's payload elements (the xpath adapter, "
                    + "e.g. /soap:Envelope/soap:Body/*).")
    String payload;

    @Option(names = "--operations", paramLabel = "FILE",
            description = "The operations file (urn:xsd-compat:operations:1) that maps changes to APIs.")
    Path operations;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A policy file: accepted changes (shown with their reason), re-levelled rules.")
    Path policy;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", defaultValue = "en",
            description = "Languages of the release notes, comma-separated: en, zh-CN (default: en).")
    List<String> languages;

    @Option(names = "--catalog", paramLabel = "FILE", description = "An OASIS XML catalog (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--allow-network", description = "Let http(s) schemaLocations be fetched (off by default).")
    boolean allowNetwork;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String language : languages) {
            if (!Labels.LANGUAGES.contains(language)) {
                throw new UserInputException("unknown language '" + language + "' (one of "
                        + String.join(", ", Labels.LANGUAGES) + ")");
            }
        }
        CompatibilityCheck.Builder check = CompatibilityCheck.builder().catalogs(catalogs).allowNetwork(allowNetwork);
        if (operations != null) {
            if (!Files.isRegularFile(operations)) {
                throw new UserInputException(operations + ": no such operations file");
            }
            check.operations(operations);
        }
        if (policy != null) {
            if (!Files.isRegularFile(policy)) {
                throw new UserInputException(policy + ": no such policy file");
            }
            check.policy(policy);
        }
        if (payload != null && corpus == null) {
            throw new UserInputException("--payload needs --corpus");
        }
        if (corpus != null) {
            if (!Files.exists(corpus)) {
                throw new UserInputException(corpus + ": no such corpus folder or zip");
            }
            // As diff and replay do by default: xpath with a payload expression, else the webex envelope exactly
            // when there is an operations file, else plain.
            ReplaySettings settings = ReplaySettings.of(corpus).withAdapter(ReplaySettings.Adapter.AUTO);
            check.replay(payload == null ? settings : settings.withPayload(payload));
        }
        ReleaseSeries.Builder series = ReleaseSeries.builder().check(check.build()).versions(versions);
        ReleaseSeries.Result result;
        try {
            result = series.build().run();
        } catch (dev.xsdcompat.operations.OperationsException | ReplayException
                | dev.xsdcompat.replay.corpus.CorpusException e) {
            throw new UserInputException(e.getMessage());
        }
        List<Path> written;
        try {
            written = result.writeTo(out, languages, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserInputException(e.getMessage());
        }
        for (Path p : written) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
