/**
 * The replay engine: every message of a corpus validated against the old and the new version on all cores, each
 * message parsed once per thread's reader and teed to one validator per thread and version, each version's schema
 * compiled once; results streamed in path order. While a message is validated,
 * {@link dev.xsdcompat.replay.engine.PathTracker} walks the component paths it touches and records the changes
 * {@link dev.xsdcompat.replay.engine.ChangeIndex} has at or above them: the changes the message exercises.
 */
package dev.xsdcompat.replay.engine;
