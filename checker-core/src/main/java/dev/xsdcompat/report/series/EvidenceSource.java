package dev.xsdcompat.report.series;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.Evidence;

/**
 * Where the evidence of one release comes from: a corpus scan ({@link CorpusEvidence}), replay (newly rejected
 * messages, drift), or both ({@link #and}). One method, so a replay engine plugs in with a lambda.
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
