package dev.xsdcompat.diff;

import java.util.ArrayList;
import java.util.List;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.rules.Rule;

/** Where checks put what they find; it fills in names and locations from the two components. */
final class ChangeSink {

    private final List<Change> changes = new ArrayList<>();

    void changed(Rule rule, Component oldC, Component newC, String subject, String oldValue, String newValue) {
        changes.add(new Change(rule, newC.path(), newC.kind(), newC.namespace(), newC.name(), subject, oldValue,
                newValue, oldC.location(), newC.location()));
    }

    void changed(Rule rule, Component oldC, Component newC, String oldValue, String newValue) {
        changed(rule, oldC, newC, null, oldValue, newValue);
    }

    void added(Rule rule, Component newC, String value) {
        changes.add(new Change(rule, newC.path(), newC.kind(), newC.namespace(), newC.name(), null, null, value,
                null, newC.location()));
    }

    void removed(Rule rule, Component oldC, String value) {
        changes.add(new Change(rule, oldC.path(), oldC.kind(), oldC.namespace(), oldC.name(), null, value, null,
                oldC.location(), null));
    }

    void add(Change change) {
        changes.add(change);
    }

    List<Change> sorted() {
        return changes.stream().sorted().distinct().toList();
    }
}
