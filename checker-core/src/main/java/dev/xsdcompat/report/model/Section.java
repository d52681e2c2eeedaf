package dev.xsdcompat.report.model;

import java.util.List;

/** A group of changes under one heading: an API, or a namespace. */
public record Section(String title, String anchor, Counts counts, List<ChangeEntry> changes) {

    public Section {
        changes = List.copyOf(changes);
    }

    public int size() {
        return changes.size();
    }
}
