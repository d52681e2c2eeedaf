package dev.xsdcompat.report.series;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.Evidence;

/**
 * Where the evidence of one release comes from: replay ({@link ReplayEvidence}: newly rejected messages, drift,
 * examples, coverage), or any other source, combined with {@link #and}. One method, so a source plugs in with a
 * lambda.
 */
@FunctionalInterface
public interface EvidenceSource {

    EvidenceSource NONE = (from, to, result) -> Evidence.NONE;

    /**
     * @param from   the old version's label
     * @param to     the new version's label
     * @param result the comparison of the two
     */
    Evidence evidence(String from, String to, CheckResult result);

    default EvidenceSource and(EvidenceSource other) {
        return (from, to, result) -> evidence(from, to, result).plus(other.evidence(from, to, result));
    }
}
