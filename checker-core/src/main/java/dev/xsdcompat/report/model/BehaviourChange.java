package dev.xsdcompat.report.model;

import java.util.List;

/**
 * A change of behaviour without (or beside) a schema change: two recorded responses to one request that replay
 * found not similar (drift).
 *
 * @param api         the API(s), comma-separated, or empty
 * @param description the corpus's description, or empty
 * @param request     the request's corpus path, or empty
 * @param beforeFile  the response recorded before, corpus-relative
 * @param afterFile   the response recorded after, corpus-relative
 * @param before      a one-line summary of the earlier response ({@code SUCCESS}, {@code FAILURE 000015}, ...), or
 *                    empty when it cannot be read
 * @param differences the first few differences, in document order
 * @param more        how many further differences there are
 */
public record BehaviourChange(String api, String description, String request, String beforeFile, String afterFile,
        String before, String after, List<Difference> differences, int more) {

    /** One way the two responses differ; values null when the node exists on one side only. */
    public record Difference(String xpath, String comparison, String oldValue, String newValue) {

        /** {@code SUCCESS → FAILURE}, with {@code —} for a missing side. */
        public String change() {
            return (oldValue == null ? "—" : oldValue) + " → " + (newValue == null ? "—" : newValue);
        }
    }

    public BehaviourChange {
        differences = List.copyOf(differences);
    }

    public boolean hasDescription() {
        return !description.isEmpty();
    }

    public boolean hasRequest() {
        return !request.isEmpty();
    }

    public boolean hasSummary() {
        return !before.isEmpty() && !after.isEmpty();
    }

    public boolean hasMore() {
        return more > 0;
    }
}
