package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.SideSummary;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.SourceLocation;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/**
 * SARIF 2.1.0 for code-scanning views. {@code tool.driver.rules} is the whole rule catalogue (id, description,
 * default level); each change is a result at {@code file:line} in the new version (the old one for removals).
 *
 * <p>Locations: {@code artifactLocation.uri} is the schema file relative to its version's input root (the folder
 * given, or the folder of the entry file), with {@code uriBaseId} {@code NEWROOT} or {@code OLDROOT}.
 * {@code run.originalUriBaseIds} resolves each root: a relative input resolves against {@code %SRCROOT%}, the
 * directory xsd-compat ran in (so running from the repository root gives repository paths); an absolute input is
 * a {@code file:} URI; a jar or a list of entry files only has a description.
 *
 * <p>A change a policy accepted carries an external {@code suppression} with the reason as justification.
 *
 * <p>Levels: breaking is {@code error}, warning is {@code warning}, info and safe are {@code note}.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String NEW_ROOT = "NEWROOT";
    public static final String OLD_ROOT = "OLDROOT";

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            tool(g);
            g.writeObjectFieldStart("originalUriBaseIds");
            base(g, NEW_ROOT, "new", result.newSide());
            base(g, OLD_ROOT, "old", result.oldSide());
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                result(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    public static String level(Severity s) {
        return switch (s) {
            case BREAKING -> "error";
            case WARNING -> "warning";
            case INFO, SAFE -> "note";
        };
    }

    private static void tool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "xsd-compat");
        g.writeStringField("semanticVersion", "0.1.0");
        g.writeArrayFieldStart("rules");
        for (Rule r : Rule.values()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", name(r));
            text(g, "shortDescription", r.description());
            text(g, "fullDescription", r.description() + " (request: " + r.request().id() + ", response: "
                    + r.response().id() + ")");
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.worst()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("kind", r.kind().id());
            g.writeStringField("requestSeverity", r.request().id());
            g.writeStringField("responseSeverity", r.response().id());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code element-added-optional} to {@code ElementAddedOptional}. */
    private static String name(Rule r) {
        StringBuilder s = new StringBuilder();
        for (String part : r.id().split("-")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.toString();
    }

    private static void base(JsonGenerator g, String id, String which, SideSummary side) throws IOException {
        g.writeObjectFieldStart(id);
        String label = side.label();
        String lower = label.toLowerCase(Locale.ROOT);
        if (!label.contains(", ") && !lower.endsWith(".jar") && !lower.endsWith(".zip") && !label.isBlank()) {
            Path p = Path.of(label);
            String root = lower.endsWith(".xsd") ? (p.getParent() == null ? "" : p.getParent().toString()) : label;
            root = root.replace('\\', '/');
            if (p.isAbsolute()) {
                String uri = Path.of(root).toUri().toString();
                g.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
            } else {
                g.writeStringField("uri", root.isEmpty() || root.endsWith("/") ? root : root + "/");
                g.writeStringField("uriBaseId", "%SRCROOT%");
            }
        }
        text(g, "description", "The input root of the " + which + " version: " + label);
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f) throws IOException {
        Change c = f.change();
        g.writeStartObject();
        g.writeStringField("ruleId", c.rule().id());
        g.writeNumberField("ruleIndex", c.rule().ordinal());
        g.writeStringField("level", level(f.overall()));
        StringBuilder msg = new StringBuilder();
        msg.append(c.rule().description()).append(": ").append(c.path());
        if (c.subject() != null) {
            msg.append(" [").append(c.subject()).append(']');
        }
        msg.append(" (").append(c.oldValue() == null ? "-" : c.oldValue()).append(" -> ")
                .append(c.newValue() == null ? "-" : c.newValue()).append("; request ").append(f.request().id())
                .append(", response ").append(f.response().id());
        if (!f.affectedApis().isEmpty()) {
            msg.append("; APIs ").append(String.join(", ", f.affectedApis()));
        }
        msg.append(')');
        text(g, "message", msg.toString());
        boolean inNew = !c.newLocation().file().isEmpty();
        SourceLocation at = inNew ? c.newLocation() : c.oldLocation();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        if (!at.file().isEmpty()) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", at.file());
            g.writeStringField("uriBaseId", inNew ? NEW_ROOT : OLD_ROOT);
            g.writeEndObject();
            if (at.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", at.line());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", c.path());
        g.writeStringField("kind", c.component().xsdName());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        if (f.accepted()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("justification", f.acceptedReason());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("xsdCompatFingerprint/v1", c.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("requestSeverity", f.request().id());
        g.writeStringField("responseSeverity", f.response().id());
        g.writeArrayFieldStart("affectedApis");
        for (String api : f.affectedApis()) {
            g.writeString(api);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
