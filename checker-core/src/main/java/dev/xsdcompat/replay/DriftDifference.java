package dev.xsdcompat.replay;

/**
 * One way two responses to the same request differ.
 *
 * @param xpath where, in the old response (the new one's when the node exists only there)
 * @param comparison XMLUnit's comparison type, e.g. {@code TEXT_VALUE}, {@code CHILD_LOOKUP}
 * @param oldValue the old response's value, or null
 * @param newValue the new response's value, or null
 */
public record DriftDifference(String xpath, String comparison, String oldValue, String newValue) {
}
