package dev.xsdcompat.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.policy.VersionVerdict;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.rules.ChangeKind;
import dev.xsdcompat.rules.Severity;

/**
 * The outcome of comparing two versions: both sides, every change with its verdict (sorted), how directions were
 * decided ({@code roots}: the operations file or the root mode), the version-label verdict when the labels
 * are versions (null otherwise), and, when a corpus was replayed, the evidence ({@code replay}, null otherwise).
 */
public record CheckResult(SideSummary oldSide, SideSummary newSide, List<Finding> findings, String roots,
        VersionVerdict version, ReplayResult replay) {

    public CheckResult {
        findings = findings.stream().sorted().toList();
        roots = roots == null ? "" : roots;
    }

    public CheckResult(SideSummary oldSide, SideSummary newSide, List<Finding> findings) {
        this(oldSide, newSide, findings, "", null, null);
    }

    /** A result without replay evidence. */
    public CheckResult(SideSummary oldSide, SideSummary newSide, List<Finding> findings, String roots,
            VersionVerdict version) {
        this(oldSide, newSide, findings, roots, version, null);
    }

    /** Findings a policy accepted: still reported, never failing. */
    public long acceptedCount() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** This result with replay evidence attached. */
    public CheckResult withReplay(ReplayResult evidence) {
        return new CheckResult(oldSide, newSide, findings, roots, version, evidence);
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

    /**
     * Whether a gate at this threshold fails: an unaccepted finding at least as severe, or (with a replayed
     * corpus) a recorded message the new version rejects while the old one accepted it. A null threshold never
     * fails. The CLI's exit code and the Maven plugin's check both ask this.
     */
    public boolean fails(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        boolean finding = findings.stream().anyMatch(f -> !f.accepted() && f.overall().atLeast(threshold));
        return finding || (replay != null && replay.anyNewlyRejected());
    }
}
