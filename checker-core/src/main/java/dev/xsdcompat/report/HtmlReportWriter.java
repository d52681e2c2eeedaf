package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;

import java.nio.file.Path;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.Labels;
import dev.xsdcompat.report.model.ReportModel;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.report.series.ReplayEvidence;

/**
 * The HTML changelog: one self-contained file (inline CSS, JS and SVG; no external reference) with the verdict,
 * counts, every change worst first, views by API and by namespace, offline filters, and for a series one section
 * per release with a chart. Template: {@code dev/xsdcompat/report/html/changelog.mustache}.
 */
public final class HtmlReportWriter implements ReportWriter {

    private final ReplayEvidence evidence;

    /** Replay evidence (when the result has any) without snippets. */
    public HtmlReportWriter() {
        this(null);
    }

    /** @param corpus the replayed corpus, read for example snippets and drift summaries; null for none */
    public HtmlReportWriter(Path corpus) {
        this.evidence = new ReplayEvidence(corpus);
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        String from = result.oldSide().label();
        String to = result.newSide().label();
        write(ReportModels.of(result, Labels.english(), evidence.evidence(from, to, result)), out);
    }

    public void write(ReportModel model, Writer out) throws IOException {
        Templates.html("html/changelog.mustache", model, out);
        out.flush();
    }
}
