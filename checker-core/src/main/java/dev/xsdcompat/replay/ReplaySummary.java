package dev.xsdcompat.replay;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a replay.
 *
 * @param oldLabel the old version's label
 * @param newLabel the new version's label
 * @param adapter the envelope adapter's name
 * @param messages messages replayed
 * @param outcomes messages per outcome, every outcome present
 * @param unexpected messages whose outcome differs from the one the metadata predicts
 * @param driftCompared response pairs compared
 * @param drifted response pairs that are not similar
 * @param changes changes in the diff
 * @param exercised changes at least one message exercises
 * @param confirmed breaking changes shown by a newly rejected message
 */
public record ReplaySummary(String oldLabel, String newLabel, String adapter, int messages,
        Map<Outcome, Integer> outcomes, int unexpected, int driftCompared, int drifted, int changes, long exercised,
        long confirmed) {

    public ReplaySummary {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, outcomes.getOrDefault(o, 0));
        }
        outcomes = Collections.unmodifiableMap(all);
    }

    public int count(Outcome outcome) {
        return outcomes.get(outcome);
    }
}
