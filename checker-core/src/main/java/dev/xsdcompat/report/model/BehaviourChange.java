package dev.xsdcompat.report.model;

/**
 * A change of behaviour without a schema change: the same request answered differently before and after a
 * release (a drift pair of the corpus, or drift found by replay).
 *
 * @param before a one-line summary of the earlier response ({@code SUCCESS}, {@code FAILURE 000015}, ...)
 */
public record BehaviourChange(String api, String description, String request, String before, String after) {
}
