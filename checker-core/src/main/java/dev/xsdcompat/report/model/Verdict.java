package dev.xsdcompat.report.model;

/** The headline of a comparison: a css class ({@code breaking}, {@code warning}, {@code info}, {@code safe},
 *  {@code none}) and its words in the report's language. */
public record Verdict(String css, String label) {
}
