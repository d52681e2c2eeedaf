package dev.xsdcompat.maven;

import java.util.List;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;

/**
 * The build gate: the findings at or above {@code failOn} that the policy did not accept, and (as for the CLI)
 * the replayed messages that the old version accepts and the new one rejects, unless {@code failOn} is never.
 */
record Gate(FailOn failOn) {

    List<Finding> failing(CheckResult result) {
        if (failOn.threshold() == null) {
            return List.of();
        }
        return result.findings().stream()
                .filter(f -> f.overall().atLeast(failOn.threshold()))
                .filter(f -> !f.accepted())
                .toList();
    }

    List<MessageResult> newlyRejected(CheckResult result) {
        if (failOn.threshold() == null || result.replay() == null) {
            return List.of();
        }
        return result.replay().messages().stream().filter(m -> m.outcome() == Outcome.NEWLY_REJECTED).toList();
    }

    boolean fails(CheckResult result) {
        return result.fails(failOn.threshold());
    }
}
