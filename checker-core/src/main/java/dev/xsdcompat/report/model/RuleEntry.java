package dev.xsdcompat.report.model;

/** A catalogue rule as reports list it (SARIF tool rules, the HTML legend). */
public record RuleEntry(String id, String description, String request, String response) {
}
