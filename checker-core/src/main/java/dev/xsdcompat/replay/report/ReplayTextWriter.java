package dev.xsdcompat.replay.report;

import dev.xsdcompat.replay.CoverageEntry;
import dev.xsdcompat.replay.DriftDifference;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.ReplaySummary;
import dev.xsdcompat.replay.ResponseDrift;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The replay for terminals and CI logs: the counts, then only what needs a look (newly rejected first, then newly
 * accepted, refused and invalid messages, unexpected outcomes), drifted responses with their differences, and
 * the changes no message exercises. Messages valid in both are counted, not listed.
 */
public final class ReplayTextWriter {

    private static final java.util.regex.Pattern LINE_COL =
            java.util.regex.Pattern.compile("^line (\\d+) col (\\d+): ");

    public void write(ReplayResult result, Writer out) throws IOException {
        write(result, result.messages(), out);
    }

    /**
     * Writes the replay with its messages taken from {@code messages} (read several times, once per outcome):
     * a {@link dev.xsdcompat.replay.MessageSpool} for corpora of any size.
     */
    public void write(ReplayResult result, Iterable<MessageResult> messages, Writer out) throws IOException {
        ReplaySummary s = result.summary();
        out.write("replay " + s.oldLabel() + " -> " + s.newLabel() + " (" + s.adapter() + "): " + s.messages()
                + " message(s): " + s.count(Outcome.VALID_IN_BOTH) + " valid in both, "
                + s.count(Outcome.NEWLY_REJECTED) + " newly rejected, " + s.count(Outcome.NEWLY_ACCEPTED)
                + " newly accepted, " + s.count(Outcome.INVALID_IN_BOTH) + " invalid in both, "
                + s.count(Outcome.NOT_WELL_FORMED) + " not well-formed\n");
        out.write("changes: " + s.changes() + ", exercised by the corpus: " + s.exercised() + ", confirmed: "
                + s.confirmed() + "; responses compared: " + s.driftCompared() + ", drifted: " + s.drifted()
                + (s.unexpected() > 0 ? "; unexpected outcomes: " + s.unexpected() : "") + "\n");
        for (Outcome o : List.of(Outcome.NEWLY_REJECTED, Outcome.NEWLY_ACCEPTED, Outcome.NOT_WELL_FORMED,
                Outcome.INVALID_IN_BOTH)) {
            for (MessageResult m : messages) {
                if (m.outcome() == o) {
                    message(out, m);
                }
            }
        }
        for (MessageResult m : messages) {
            if (m.unexpected() && m.outcome() == Outcome.VALID_IN_BOTH) {
                message(out, m);
            }
        }
        for (ResponseDrift d : result.drift()) {
            out.write("DRIFT " + d.before() + " -> " + d.after() + (d.api() == null ? "" : " (" + d.api() + ")")
                    + (d.description() == null ? "" : ": " + d.description()) + "\n");
            for (DriftDifference x : d.differences()) {
                out.write("    " + x.xpath() + " [" + x.comparison() + "]: " + x.oldValue() + " -> "
                        + x.newValue() + "\n");
            }
        }
        for (CoverageEntry c : result.coverage().changes()) {
            if (c.confirmed()) {
                out.write("CONFIRMED " + c.rule() + " " + c.path() + " (" + c.newlyRejected()
                        + " newly rejected message(s))\n");
            }
        }
        for (CoverageEntry c : result.coverage().changes()) {
            if (!c.exercised()) {
                out.write("not exercised: " + c.rule() + " " + c.path() + "\n");
            }
        }
        out.flush();
    }

    private static void message(Writer out, MessageResult m) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-16s %s", m.outcome().id().toUpperCase(Locale.ROOT), m.file()));
        if (m.api() != null || m.direction() != null) {
            s.append(" (").append(m.api() == null ? "?" : m.api());
            if (m.direction() != null) {
                s.append(' ').append(m.direction().name().toLowerCase(Locale.ROOT));
            }
            s.append(')');
        }
        if (m.unexpected()) {
            s.append(" [expected ").append(m.expected().id()).append(']');
        }
        s.append('\n');
        if (!m.wellFormed()) {
            s.append("    ").append(location(m.file(), m.error())).append('\n');
        } else {
            if (!m.oldVersion().valid()) {
                m.oldVersion().errors().forEach(e -> s.append("    old: ").append(location(m.file(), e)).append('\n'));
            }
            if (!m.newVersion().valid()) {
                m.newVersion().errors().forEach(e -> s.append("    new: ").append(location(m.file(), e)).append('\n'));
            }
        }
        if (!m.exercises().isEmpty()) {
            s.append("    exercises: ").append(String.join(", ", m.exercises())).append('\n');
        }
        out.write(s.toString());
    }

    /** {@code line 3 col 7: msg} as {@code file:3:7: msg}, the form editors and CI annotate. */
    static String location(String file, String error) {
        java.util.regex.Matcher m = LINE_COL.matcher(error);
        return m.find() ? file + ":" + m.group(1) + ":" + m.group(2) + ": " + error.substring(m.end())
                : file + ": " + error;
    }
}
