package dev.xsdcompat.maven;

import java.nio.file.Path;
import java.util.List;

import dev.xsdcompat.classify.Finding;

/**
 * The text of a failed check: how many changes, each with its severity, rule, path and affected APIs, and where
 * the full report is. Long lists are cut; the report has them all.
 */
final class FailureMessage {

    static final int MAX_LISTED = 25;

    private FailureMessage() {
    }

    static String of(List<Finding> failing, FailOn failOn, String baseline, Path report) {
        StringBuilder b = new StringBuilder();
        b.append("xsd-compat: ").append(failing.size())
                .append(failing.size() == 1 ? " change" : " changes")
                .append(" at or above failOn=").append(failOn.id())
                .append(" against the baseline ").append(baseline).append(':');
        failing.stream().limit(MAX_LISTED).forEach(f -> b.append("\n  - ").append(line(f)));
        if (failing.size() > MAX_LISTED) {
            b.append("\n  ... and ").append(failing.size() - MAX_LISTED).append(" more");
        }
        if (report != null) {
            b.append("\nReport: ").append(report);
        }
        b.append("\nAccept a change with a reason in the policy file, or set failOn to change the threshold.");
        return b.toString();
    }

    static String line(Finding f) {
        String apis = f.affectedApis().isEmpty() ? "none known" : String.join(", ", f.affectedApis());
        return "[" + f.overall().id() + "] " + f.change().rule().id() + " " + f.change().path()
                + (f.change().subject() == null ? "" : " (" + f.change().subject() + ")")
                + " - request " + f.request().id() + ", response " + f.response().id()
                + "; affected APIs: " + apis;
    }
}
