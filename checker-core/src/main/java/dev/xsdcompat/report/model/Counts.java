package dev.xsdcompat.report.model;

import java.util.List;

import dev.xsdcompat.rules.Severity;

/** How many changes there are, in total and per overall severity. */
public record Counts(int total, int breaking, int warning, int info, int safe) {

    public static Counts of(List<ChangeEntry> changes) {
        int[] n = new int[Severity.values().length];
        for (ChangeEntry c : changes) {
            n[c.severity().ordinal()]++;
        }
        return new Counts(changes.size(), n[0], n[1], n[2], n[3]);
    }

    public Counts plus(Counts o) {
        return new Counts(total + o.total, breaking + o.breaking, warning + o.warning, info + o.info, safe + o.safe);
    }

    public int of(Severity s) {
        return switch (s) {
            case BREAKING -> breaking;
            case WARNING -> warning;
            case INFO -> info;
            case SAFE -> safe;
        };
    }

    /** The worst severity present, or null when there is no change. */
    public Severity worst() {
        for (Severity s : Severity.values()) {
            if (of(s) > 0) {
                return s;
            }
        }
        return null;
    }
}
