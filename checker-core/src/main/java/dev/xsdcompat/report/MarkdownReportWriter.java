package dev.xsdcompat.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

import java.nio.file.Path;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.Labels;
import dev.xsdcompat.report.model.ReportModel;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.report.series.ReplayEvidence;

/**
 * Markdown release notes: per release, the changes grouped by API, the affected APIs, behaviour changes and
 * examples from recorded messages. Templates: {@code dev/xsdcompat/report/markdown/<language>/release-notes.mustache}.
 */
public final class MarkdownReportWriter implements ReportWriter {

    private final String language;
    private final ReplayEvidence evidence;

    public MarkdownReportWriter() {
        this("en");
    }

    /** @param language one of {@link Labels#LANGUAGES} */
    public MarkdownReportWriter(String language) {
        this(language, null);
    }

    /**
     * @param language one of {@link Labels#LANGUAGES}
     * @param corpus   the replayed corpus, read for example snippets and drift summaries; null for none
     */
    public MarkdownReportWriter(String language, Path corpus) {
        Labels.of(language);
        this.language = language;
        this.evidence = new ReplayEvidence(corpus);
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        String from = result.oldSide().label();
        String to = result.newSide().label();
        write(ReportModels.of(result, Labels.of(language), evidence.evidence(from, to, result)), out);
    }

    /** Renders a model built with this writer's language. */
    public void write(ReportModel model, Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        Templates.plain("markdown/" + language + "/release-notes.mustache", model, buffer);
        out.write(tidy(buffer.toString()));
        out.flush();
    }

    /** At most one blank line in a row outside code fences, no trailing spaces, one line end at the end. */
    static String tidy(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fence = false;
        boolean previousBlank = true;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            boolean opensOrCloses = trimmed.startsWith("```");
            boolean blank = trimmed.isEmpty();
            if (!fence && blank && previousBlank) {
                continue;
            }
            out.append(fence ? line : line.stripTrailing()).append('\n');
            if (opensOrCloses) {
                fence = !fence;
            }
            previousBlank = blank && !fence;
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
