/**
 * Replay: recorded messages validated against the old and the new version, to prove what a diff predicts.
 * {@link dev.xsdcompat.replay.Replay} prepares and runs one; results are small records
 * ({@link dev.xsdcompat.replay.ReplayResult}: summary, one {@link dev.xsdcompat.replay.MessageResult} per message
 * with its {@link dev.xsdcompat.replay.Outcome} and the changes it exercises, response drift, coverage).
 * Sub-packages: {@code corpus} (where messages and metadata come from), {@code envelope} (payloads and their
 * types, validation of one message), {@code engine} (parallel streaming replay), {@code drift} (response
 * comparison) and {@code report} (JSON and text).
 */
package dev.xsdcompat.replay;
