package dev.xsdcompat.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.xsdcompat.config.ConfigException;
import dev.xsdcompat.load.LoadException;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.replay.ReplayException;
import dev.xsdcompat.replay.corpus.CorpusException;
import dev.xsdcompat.report.series.ReleaseSeries;
import dev.xsdcompat.rules.Severity;

/**
 * Release notes for a series of versions through checker-core's {@link ReleaseSeries}: each version loaded once,
 * consecutive versions compared, the HTML changelog and the Markdown release notes (one file per language) written
 * into one folder. A corpus gives each release its examples and drift as evidence.
 */
final class SeriesNotes {

    private final CheckOptions options;
    private final Log log;

    SeriesNotes(CheckOptions options, Log log) {
        this.options = options;
        this.log = log;
    }

    List<Path> write(List<SeriesVersion> versions, List<String> languages, Path folder)
            throws MojoFailureException, IOException {
        // With a corpus, each consecutive pair is replayed: its evidence (examples, drift) goes into the notes.
        ReleaseSeries.Builder series = ReleaseSeries.builder().check(CheckFactory.create(options, null, null));
        versions.forEach(v -> series.version(new ReleaseSeries.Version(v.label(), v.inputs())));
        ReleaseSeries.Result result;
        try {
            result = series.build().run();
        } catch (LoadException | ConfigException e) {
            throw new MojoFailureException("xsd-compat: " + e.getMessage(), e);
        } catch (ReplayException | CorpusException e) {
            throw BadParameter.of("corpus", options.corpus() + ": " + e.getMessage());
        }
        for (ReportModels.Step step : result.steps()) {
            Map<Severity, Integer> counts = step.result().countBySeverity();
            log.info("xsd-compat: " + step.from() + " -> " + step.to() + ": " + step.result().findings().size()
                    + " changes (" + counts.get(Severity.BREAKING) + " breaking, " + step.result().acceptedCount()
                    + " accepted)");
        }
        return result.writeTo(folder, languages, true);
    }
}
