package dev.xsdcompat.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.policy.VersionVerdict;
import dev.xsdcompat.rules.ChangeKind;
import dev.xsdcompat.rules.Severity;

/**
 * The outcome of comparing two versions: both sides, every change with its verdict (sorted), how directions were
 * decided ({@code roots}: the operations file or the root mode), and the version-label verdict when the labels
 * are versions (null otherwise).
 */
public record CheckResult(SideSummary oldSide, SideSummary newSide, List<Finding> findings, String roots,
        VersionVerdict version) {

    public CheckResult {
        findings = findings.stream().sorted().toList();
        roots = roots == null ? "" : roots;
    }

    public CheckResult(SideSummary oldSide, SideSummary newSide, List<Finding> findings) {
        this(oldSide, newSide, findings, "", null);
    }

    /** Findings a policy accepted: still reported, never failing. */
    public long acceptedCount() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** Number of findings per overall severity, every severity present (zero included). */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.overall(), 1, Integer::sum));
        return counts;
    }

    public Map<ChangeKind, Integer> countByKind() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0);
        }
        findings.forEach(f -> counts.merge(f.change().kind(), 1, Integer::sum));
        return counts;
    }

    /** Whether an unaccepted finding is at least as severe as the threshold; a null threshold never fails. */
    public boolean fails(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> !f.accepted() && f.overall().atLeast(threshold));
    }
}
