package dev.xsdcompat.maven;

import java.util.Map;

import org.apache.maven.doxia.sink.Sink;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.rules.Severity;

/** Renders a check result as the site's changelog page: counts by severity, then one table row per change. */
final class ChangelogPage {

    static final String TITLE = "XSD compatibility";

    private ChangelogPage() {
    }

    static void render(Sink sink, CheckResult result, String baseline, String current) {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text("Changes in " + current + " against the baseline " + baseline + ".");
        sink.paragraph_();
        summary(sink, result.countBySeverity());
        if (result.findings().isEmpty()) {
            sink.paragraph();
            sink.text("No changes.");
            sink.paragraph_();
        } else {
            changes(sink, result);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private static void summary(Sink sink, Map<Severity, Integer> counts) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (Severity s : Severity.values()) {
            header(sink, s.id());
        }
        sink.tableRow_();
        sink.tableRow();
        for (Severity s : Severity.values()) {
            cell(sink, String.valueOf(counts.get(s)));
        }
        sink.tableRow_();
        sink.tableRows_();
        sink.table_();
    }

    private static void changes(Sink sink, CheckResult result) {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String h : new String[] {"Severity", "Rule", "Path", "Old", "New", "Request", "Response",
            "Affected APIs", "Accepted"}) {
            header(sink, h);
        }
        sink.tableRow_();
        for (Finding f : result.findings()) {
            sink.tableRow();
            cell(sink, f.overall().id());
            cell(sink, f.change().rule().id());
            cell(sink, f.change().path() + (f.change().subject() == null ? "" : " (" + f.change().subject() + ")"));
            cell(sink, f.change().oldValue());
            cell(sink, f.change().newValue());
            cell(sink, f.request().id());
            cell(sink, f.response().id());
            cell(sink, String.join(", ", f.affectedApis()));
            cell(sink, f.acceptedReason());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private static void header(Sink sink, String text) {
        sink.tableHeaderCell();
        sink.text(text);
        sink.tableHeaderCell_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text == null ? "" : text);
        sink.tableCell_();
    }
}
