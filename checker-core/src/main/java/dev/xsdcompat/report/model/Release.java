package dev.xsdcompat.report.model;

import java.util.List;

/**
 * One step of a series (or the only step of a diff): the changes from {@code from} to {@code to}, worst first,
 * the same changes by API and by namespace, and the evidence from recorded traffic.
 */
public record Release(int index, String anchor, String from, String to, Counts counts, Verdict verdict,
        List<ChangeEntry> changes, List<Section> byApi, List<Section> byNamespace, List<String> affectedApis,
        Evidence evidence, List<String> warnings) {

    public Release {
        changes = List.copyOf(changes);
        byApi = List.copyOf(byApi);
        byNamespace = List.copyOf(byNamespace);
        affectedApis = List.copyOf(affectedApis);
        warnings = List.copyOf(warnings);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public boolean hasAffectedApis() {
        return !affectedApis.isEmpty();
    }

    public String affectedApisList() {
        return String.join(", ", affectedApis);
    }

    /** Changes reached from no known API (all of them when there is no operations model). */
    public List<ChangeEntry> unassigned() {
        return changes.stream().filter(c -> c.affectedApis().isEmpty()).toList();
    }

    public boolean hasUnassigned() {
        return changes.stream().anyMatch(c -> c.affectedApis().isEmpty());
    }
}
