package dev.xsdcompat.report.series;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.report.HtmlReportWriter;
import dev.xsdcompat.report.MarkdownReportWriter;
import dev.xsdcompat.report.model.Labels;
import dev.xsdcompat.report.model.ReportModel;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.report.ReportFile;

/**
 * A series of versions in order (39.0 → … → 40.6.0): each version's model is loaded once, consecutive versions are
 * compared, and each release gets its evidence. When the check has a corpus ({@code CompatibilityCheck.Builder.replay}),
 * each consecutive pair is replayed with the models already loaded, and {@link ReplayEvidence} turns the replay
 * into the release's evidence (newly rejected messages, drift, examples, coverage). The CLI's
 * {@code release-notes} command and the Maven plugin both call this.
 *
 * <pre>{@code
 * ReleaseSeries.Result r = ReleaseSeries.builder()
 *         .check(CompatibilityCheck.builder().operations(Path.of("schemas/webex/operations.xml"))
 *                 .replay(ReplaySettings.of(Path.of("schemas/webex/corpus"))
 *                         .withAdapter(ReplaySettings.Adapter.AUTO)).build())
 *         .version(Path.of("schemas/webex/39.0")).version(Path.of("schemas/webex/40.1.0"))
 *         .build().run();
 * r.writeTo(Path.of("reports/webex"), List.of("en", "zh-CN"), true);
 * }</pre>
 */
public final class ReleaseSeries {

    /** The HTML changelog's file name in the output folder. */
    public static final String CHANGELOG = "changelog.html";

    /** A version: its label (the input's file name unless given) and its inputs. */
    public record Version(String label, List<Path> inputs) {
        public Version {
            inputs = List.copyOf(inputs);
        }

        public static Version of(Path input) {
            Path name = input.toAbsolutePath().normalize().getFileName();
            return new Version(name == null ? input.toString() : name.toString(), List.of(input));
        }
    }

    private final CompatibilityCheck check;
    private final List<Version> versions;
    private final EvidenceSource evidence;

    private ReleaseSeries(Builder b) {
        this.check = Objects.requireNonNull(b.check, "check");
        this.versions = List.copyOf(b.versions);
        EvidenceSource replayed = check.replaySettings() == null ? EvidenceSource.NONE
                : new ReplayEvidence(check.replaySettings().corpus());
        this.evidence = b.evidence == EvidenceSource.NONE ? replayed
                : replayed == EvidenceSource.NONE ? b.evidence : replayed.and(b.evidence);
        if (versions.size() < 2) {
            throw new IllegalArgumentException("a series needs at least two versions");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads every version once (in parallel) and compares each with the one before (replaying the corpus, when
     * the check has one, with the same models).
     */
    public Result run() {
        SchemaModel[] models = new SchemaModel[versions.size()];
        IntStream.range(0, versions.size()).parallel()
                .forEach(i -> models[i] = check.model(versions.get(i).inputs()));
        List<ReportModels.Step> steps = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            String from = versions.get(i - 1).label();
            String to = versions.get(i).label();
            CheckResult result = check.compare(versions.get(i - 1).inputs(), models[i - 1], versions.get(i).inputs(),
                    models[i]);
            steps.add(new ReportModels.Step(from, to, result, evidence.evidence(from, to, result)));
        }
        return new Result(versions, steps);
    }

    /** The compared series: one step per release after the first. */
    public record Result(List<Version> versions, List<ReportModels.Step> steps) {

        public Result {
            versions = List.copyOf(versions);
            steps = List.copyOf(steps);
        }

        public String title() {
            return versions.get(0).label() + " → " + versions.get(versions.size() - 1).label();
        }

        public ReportModel model(String language) {
            return ReportModels.series(title(), steps, Labels.of(language));
        }

        /** The Markdown file name for a language: {@code release-notes.md}, {@code release-notes.zh-CN.md}. */
        public static String notesFile(String language) {
            return "en".equals(language) ? "release-notes.md" : "release-notes." + language + ".md";
        }

        /** Renders every file in memory: name to content, in a fixed order. */
        public Map<String, String> render(List<String> languages) throws IOException {
            Map<String, String> files = new LinkedHashMap<>();
            StringWriter html = new StringWriter();
            new HtmlReportWriter().write(model("en"), html);
            files.put(CHANGELOG, html.toString());
            for (String language : languages) {
                StringWriter md = new StringWriter();
                new MarkdownReportWriter(language).write(model(language), md);
                files.put(notesFile(language), md.toString());
            }
            return files;
        }

        /**
         * Writes the HTML changelog and the release notes of each language into {@code dir}; an existing file is
         * replaced only with {@code force}. Each file is written whole ({@link ReportFile}).
         */
        public List<Path> writeTo(Path dir, List<String> languages, boolean force) throws IOException {
            Map<String, String> files = render(languages);
            Files.createDirectories(dir);
            if (!force) {
                for (String name : files.keySet()) {
                    if (Files.exists(dir.resolve(name))) {
                        throw new FileAlreadyExistsException(dir.resolve(name) + " exists; pass --force to replace it");
                    }
                }
            }
            List<Path> written = new ArrayList<>();
            for (var e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                ReportFile.write(target, e.getValue());
                written.add(target);
            }
            return written;
        }
    }

    /** Options of a series; every setter returns this builder. */
    public static final class Builder {
        private CompatibilityCheck check;
        private final List<Version> versions = new ArrayList<>();
        private EvidenceSource evidence = EvidenceSource.NONE;

        private Builder() {
        }

        /** How each pair is compared (catalogs, operations, classifier). */
        public Builder check(CompatibilityCheck check) {
            this.check = check;
            return this;
        }

        public Builder version(Path input) {
            versions.add(Version.of(input));
            return this;
        }

        public Builder version(Version version) {
            versions.add(version);
            return this;
        }

        public Builder versions(List<Path> inputs) {
            inputs.forEach(this::version);
            return this;
        }

        /**
         * Adds a source of evidence; sources combine. Replay evidence needs no source: it comes with a check that
         * has a corpus.
         */
        public Builder evidence(EvidenceSource source) {
            this.evidence = this.evidence == EvidenceSource.NONE ? source : this.evidence.and(source);
            return this;
        }

        public ReleaseSeries build() {
            return new ReleaseSeries(this);
        }
    }
}
