/**
 * Replay results as JSON (a stable contract, also embedded as {@code "replay"} in the diff report) and as text.
 * Deterministic: the same inputs give the same bytes.
 */
package dev.xsdcompat.replay.report;
