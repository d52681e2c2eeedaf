package dev.xsdcompat.report.model;

/** A corpus message valid under the old version and rejected by the new one, with the validator's error. */
public record RejectedMessage(String file, String api, String direction, String error) {
}
