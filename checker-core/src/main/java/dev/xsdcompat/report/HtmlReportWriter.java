package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.ReportModel;
import dev.xsdcompat.report.model.ReportModels;

/**
 * The HTML changelog: one self-contained file (inline CSS, JS and SVG; no external reference) with the verdict,
 * counts, every change worst first, views by API and by namespace, offline filters, and for a series one section
 * per release with a chart. Template: {@code dev/xsdcompat/report/html/changelog.mustache}.
 */
public final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        write(ReportModels.of(result), out);
    }

    public void write(ReportModel model, Writer out) throws IOException {
        Templates.html("html/changelog.mustache", model, out);
        out.flush();
    }
}
