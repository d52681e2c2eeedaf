package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.SideSummary;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.report.ReplayTextWriter;
import dev.xsdcompat.rules.Severity;

/** A plain-text summary for terminals and CI logs: worst changes first, one line each plus where. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        write(result, result.replay() == null ? List.of() : result.replay().messages(), out);
    }

    @Override
    public void write(CheckResult result, Iterable<MessageResult> replayMessages, Writer out) throws IOException {
        var counts = result.countBySeverity();
        out.write(result.oldSide().label() + " -> " + result.newSide().label() + ": " + result.findings().size()
                + " change(s): " + counts.get(Severity.BREAKING) + " breaking, " + counts.get(Severity.WARNING)
                + " warning, " + counts.get(Severity.INFO) + " info, " + counts.get(Severity.SAFE) + " safe\n");
        if (result.acceptedCount() > 0) {
            out.write(result.acceptedCount() + " change(s) accepted by the policy (reported, not failing)\n");
        }
        if (!result.roots().isEmpty()) {
            out.write("directions from " + result.roots() + "\n");
        }
        if (result.version() != null) {
            out.write((result.version().violation() ? "VERSION: " : "version: ") + result.version().message() + "\n");
        }
        warnings(out, "old", result.oldSide());
        warnings(out, "new", result.newSide());
        for (Severity s : Severity.values()) {
            for (Finding f : result.findings()) {
                if (f.overall() == s) {
                    line(out, f);
                }
            }
        }
        if (result.replay() != null) {
            // The evidence, after the changes it concerns.
            new ReplayTextWriter().write(result.replay(), replayMessages, out);
        }
        out.flush();
    }

    private static void warnings(Writer out, String side, SideSummary summary) throws IOException {
        for (LoadWarning w : summary.warnings()) {
            out.write("warning (" + side + "): " + w + "\n");
        }
    }

    private static void line(Writer out, Finding f) throws IOException {
        Change c = f.change();
        StringBuilder s = new StringBuilder();
        String level = f.accepted() ? "ACCEPTED" : f.overall().id().toUpperCase(java.util.Locale.ROOT);
        s.append(String.format("%-8s %-28s %s", level,
                c.rule().id(), c.path()));
        if (c.subject() != null) {
            s.append(" [").append(c.subject()).append(']');
        }
        s.append(": ").append(c.oldValue() == null ? "-" : c.oldValue()).append(" -> ")
                .append(c.newValue() == null ? "-" : c.newValue());
        s.append("  (request ").append(f.request().id()).append(", response ").append(f.response().id());
        if (!f.affectedApis().isEmpty()) {
            s.append("; APIs ").append(String.join(", ", f.affectedApis()));
        }
        s.append(")\n");
        if (f.accepted()) {
            s.append("         accepted: ").append(f.acceptedReason()).append('\n');
        }
        String where = c.newLocation().toString().isEmpty() ? c.oldLocation().toString() : c.newLocation().toString();
        if (!where.isEmpty()) {
            s.append("         at ").append(where).append('\n');
        }
        out.write(s.toString());
    }
}
