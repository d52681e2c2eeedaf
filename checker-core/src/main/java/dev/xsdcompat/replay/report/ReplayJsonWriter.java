package dev.xsdcompat.replay.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.CoverageEntry;
import dev.xsdcompat.replay.DriftDifference;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.ReplaySummary;
import dev.xsdcompat.replay.ResponseDrift;
import dev.xsdcompat.replay.SideResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import dev.xsdcompat.report.JsonOutput;

/**
 * The replay as JSON, a stable contract like the diff report: fields are added, never renamed. Field order is
 * fixed, messages come sorted by path, no timestamps or absolute paths: the same inputs give the same bytes.
 *
 * <pre>
 * {"summary": {...}, "messages": [{"file", "wellFormed", "error", "api", "direction",
 *   "old": {"valid", "errors"}, "new": {...}, "outcome", "expected", "exercises"}], "drift": [...],
 *   "coverage": [...]}
 * </pre>
 * {@link #writeObject} writes the same object into another document (the diff report's {@code "replay"}).
 */
public final class ReplayJsonWriter {

    /** Writes the replay as a whole document, LF line ends, a final newline. */
    public void write(ReplayResult result, Writer out) throws IOException {
        write(result, result.messages(), out);
    }

    /**
     * Writes the replay with its messages taken from {@code messages} rather than the result (which may list
     * none): a {@link dev.xsdcompat.replay.MessageSpool} the replay streamed into, for corpora of any size. The
     * bytes are those {@link #write(ReplayResult, Writer)} gives for a result holding the same messages.
     */
    public void write(ReplayResult result, Iterable<MessageResult> messages, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            writeObject(g, result, messages);
        }
        out.write('\n');
        out.flush();
    }

    /** Writes the replay object at the generator's current position. */
    public static void writeObject(JsonGenerator g, ReplayResult result) throws IOException {
        writeObject(g, result, result.messages());
    }

    /** Writes the replay object at the generator's current position, its messages from {@code messages}. */
    public static void writeObject(JsonGenerator g, ReplayResult result, Iterable<MessageResult> messages)
            throws IOException {
        g.writeStartObject();
        summary(g, result.summary());
        g.writeArrayFieldStart("messages");
        for (MessageResult m : messages) {
            message(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("drift");
        for (ResponseDrift d : result.drift()) {
            drift(g, d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("coverage");
        for (CoverageEntry c : result.coverage().changes()) {
            coverage(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, ReplaySummary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeStringField("old", s.oldLabel());
        g.writeStringField("new", s.newLabel());
        g.writeStringField("adapter", s.adapter());
        g.writeNumberField("messages", s.messages());
        g.writeObjectFieldStart("outcomes");
        for (Outcome o : Outcome.values()) {
            g.writeNumberField(o.id(), s.count(o));
        }
        g.writeEndObject();
        g.writeNumberField("unexpected", s.unexpected());
        g.writeObjectFieldStart("drift");
        g.writeNumberField("compared", s.driftCompared());
        g.writeNumberField("drifted", s.drifted());
        g.writeEndObject();
        g.writeNumberField("changes", s.changes());
        g.writeNumberField("exercised", s.exercised());
        g.writeNumberField("confirmed", s.confirmed());
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, MessageResult m) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", m.file());
        g.writeBooleanField("wellFormed", m.wellFormed());
        g.writeStringField("error", m.error());
        g.writeStringField("api", m.api());
        g.writeStringField("direction", direction(m.direction()));
        side(g, "old", m.oldVersion());
        side(g, "new", m.newVersion());
        g.writeStringField("outcome", m.outcome().id());
        g.writeStringField("expected", m.expected() == null ? null : m.expected().id());
        strings(g, "exercises", m.exercises());
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, SideResult side) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeBooleanField("valid", side.valid());
        strings(g, "errors", side.errors());
        g.writeEndObject();
    }

    private static void drift(JsonGenerator g, ResponseDrift d) throws IOException {
        g.writeStartObject();
        g.writeStringField("api", d.api());
        g.writeStringField("request", d.request());
        g.writeStringField("before", d.before());
        g.writeStringField("after", d.after());
        g.writeStringField("release", d.release());
        g.writeStringField("description", d.description());
        g.writeArrayFieldStart("differences");
        for (DriftDifference x : d.differences()) {
            g.writeStartObject();
            g.writeStringField("xpath", x.xpath());
            g.writeStringField("comparison", x.comparison());
            g.writeStringField("old", x.oldValue());
            g.writeStringField("new", x.newValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, CoverageEntry c) throws IOException {
        g.writeStartObject();
        g.writeStringField("fingerprint", c.fingerprint());
        g.writeStringField("rule", c.rule());
        g.writeStringField("path", c.path());
        g.writeObjectFieldStart("severity");
        g.writeStringField("request", c.request().id());
        g.writeStringField("response", c.response().id());
        g.writeEndObject();
        g.writeNumberField("messages", c.messages());
        g.writeNumberField("newlyRejected", c.newlyRejected());
        g.writeBooleanField("confirmed", c.confirmed());
        g.writeEndObject();
    }

    private static String direction(Direction d) {
        return d == null ? null : d.name().toLowerCase(Locale.ROOT);
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
