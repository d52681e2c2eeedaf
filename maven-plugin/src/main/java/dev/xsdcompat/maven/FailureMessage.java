package dev.xsdcompat.maven;

import java.nio.file.Path;
import java.util.List;

import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.replay.MessageResult;

/**
 * The text of a failed check: how many changes, each with its severity, rule, path and affected APIs, the recorded
 * messages the new version rejects, and where the full report is. Long lists are cut; the report has them all.
 */
final class FailureMessage {

    static final int MAX_LISTED = 25;

    private FailureMessage() {
    }

    static String of(List<Finding> failing, List<MessageResult> rejected, FailOn failOn, String baseline,
            Path report) {
        StringBuilder b = new StringBuilder("xsd-compat: ");
        if (!failing.isEmpty()) {
            b.append(failing.size()).append(failing.size() == 1 ? " change" : " changes")
                    .append(" at or above failOn=").append(failOn.id());
        }
        if (!rejected.isEmpty()) {
            b.append(failing.isEmpty() ? "" : " and ").append(rejected.size())
                    .append(rejected.size() == 1 ? " recorded message" : " recorded messages")
                    .append(" rejected by the new version only");
        }
        b.append(" against the baseline ").append(baseline).append(':');
        list(b, failing.stream().map(FailureMessage::line).toList());
        list(b, rejected.stream().map(FailureMessage::line).toList());
        if (report != null) {
            b.append("\nReport: ").append(report);
        }
        b.append("\nAccept a change with a reason in the policy file, or set failOn to change the threshold.");
        return b.toString();
    }

    private static void list(StringBuilder b, List<String> lines) {
        lines.stream().limit(MAX_LISTED).forEach(l -> b.append("\n  - ").append(l));
        if (lines.size() > MAX_LISTED) {
            b.append("\n  ... and ").append(lines.size() - MAX_LISTED).append(" more");
        }
    }

    static String line(Finding f) {
        String apis = f.affectedApis().isEmpty() ? "none known" : String.join(", ", f.affectedApis());
        return "[" + f.overall().id() + "] " + f.change().rule().id() + " " + f.change().path()
                + (f.change().subject() == null ? "" : " (" + f.change().subject() + ")")
                + " - request " + f.request().id() + ", response " + f.response().id()
                + "; affected APIs: " + apis;
    }

    static String line(MessageResult m) {
        String error = m.newVersion().errors().isEmpty() ? "" : ": " + m.newVersion().errors().get(0);
        String api = m.api() == null ? "" : " (" + m.api() + (m.direction() == null ? "" : " " + m.direction()) + ")";
        return "[newly rejected] " + m.file() + api + error;
    }
}
