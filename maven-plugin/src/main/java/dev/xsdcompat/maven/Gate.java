package dev.xsdcompat.maven;

import java.util.List;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;

/** The build gate: the findings at or above {@code failOn} that the policy did not accept. */
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
}
