package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.SideSummary;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.policy.VersionVerdict;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.report.ReplayJsonWriter;

/**
 * The JSON report, a stable contract: later versions add fields, never rename or remove them. Field order is
 * fixed and changes come sorted, so the same result always gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final int FORMAT_VERSION = 1;

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        write(result, result.replay() == null ? List.of() : result.replay().messages(), out);
    }

    @Override
    public void write(CheckResult result, Iterable<MessageResult> replayMessages, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            side(g, "old", result.oldSide());
            side(g, "new", result.newSide());
            g.writeObjectFieldStart("classification");
            g.writeStringField("roots", result.roots());
            g.writeEndObject();
            if (result.version() != null) {
                version(g, result.version());
            }
            summary(g, result);
            g.writeArrayFieldStart("changes");
            for (Finding f : result.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            if (result.replay() != null) {
                // Present only when a corpus was replayed; the same object `xsd-compat replay` writes.
                g.writeFieldName("replay");
                ReplayJsonWriter.writeObject(g, result.replay(), replayMessages);
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void side(JsonGenerator g, String name, SideSummary side) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("label", side.label());
        g.writeNumberField("documents", side.documents().size());
        g.writeNumberField("components", side.components());
        strings(g, "namespaces", side.namespaces());
        g.writeArrayFieldStart("warnings");
        for (LoadWarning w : side.warnings()) {
            g.writeStartObject();
            g.writeStringField("kind", w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            g.writeStringField("where", w.where());
            g.writeStringField("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void version(JsonGenerator g, VersionVerdict v) throws IOException {
        g.writeObjectFieldStart("version");
        g.writeStringField("old", v.oldVersion());
        g.writeStringField("new", v.newVersion());
        g.writeStringField("bump", v.bump() == null ? "none" : v.bump().name().toLowerCase(Locale.ROOT));
        g.writeStringField("requiredForBreaking", v.required().name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("violation", v.violation());
        g.writeStringField("message", v.message());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, CheckResult result) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("changes", result.findings().size());
        g.writeNumberField("accepted", result.acceptedCount());
        for (var e : result.countBySeverity().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeObjectFieldStart("byKind");
        for (var e : result.countByKind().entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        Change c = f.change();
        g.writeStartObject();
        g.writeStringField("rule", c.rule().id());
        g.writeStringField("kind", c.kind().id());
        g.writeStringField("component", c.component().xsdName());
        g.writeStringField("name", c.name());
        g.writeStringField("namespace", c.namespace());
        g.writeStringField("path", c.path());
        if (c.subject() != null) {
            g.writeStringField("subject", c.subject());
        }
        g.writeStringField("old", c.oldValue());
        g.writeStringField("new", c.newValue());
        g.writeObjectFieldStart("severity");
        g.writeStringField("request", f.request().id());
        g.writeStringField("response", f.response().id());
        g.writeStringField("overall", f.overall().id());
        g.writeEndObject();
        strings(g, "affectedApis", f.affectedApis());
        g.writeObjectFieldStart("affectedApisByDirection");
        strings(g, "request", f.apis().request());
        strings(g, "response", f.apis().response());
        g.writeEndObject();
        g.writeBooleanField("accepted", f.accepted());
        if (f.accepted()) {
            g.writeStringField("acceptedReason", f.acceptedReason());
        }
        g.writeStringField("description", c.rule().description());
        g.writeStringField("fingerprint", c.fingerprint());
        g.writeObjectFieldStart("location");
        g.writeStringField("old", c.oldLocation().toString());
        g.writeStringField("new", c.newLocation().toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
