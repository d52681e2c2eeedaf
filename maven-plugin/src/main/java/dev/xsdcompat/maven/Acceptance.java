package dev.xsdcompat.maven;

import dev.xsdcompat.classify.Finding;

/** Whether the policy file accepted a finding, and why. Accepted findings are reported but never fail the build. */
final class Acceptance {

    private Acceptance() {
    }

    /** The reason written in the policy file, or null when the finding is not accepted. */
    static String reason(Finding finding) {
        // Issue 4 adds Finding.acceptedReason(); until it is in checker-core nothing is accepted.
        return null;
    }

    static boolean accepted(Finding finding) {
        return reason(finding) != null;
    }
}
