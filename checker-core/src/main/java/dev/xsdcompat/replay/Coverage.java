package dev.xsdcompat.replay;

import java.util.List;

/** Every change of the diff with what the corpus shows about it, in the diff's order. */
public record Coverage(List<CoverageEntry> changes) {

    public Coverage {
        changes = List.copyOf(changes);
    }

    public long exercised() {
        return changes.stream().filter(CoverageEntry::exercised).count();
    }

    public long confirmed() {
        return changes.stream().filter(CoverageEntry::confirmed).count();
    }
}
