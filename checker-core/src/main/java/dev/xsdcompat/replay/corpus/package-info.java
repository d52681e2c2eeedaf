/**
 * Where recorded messages come from: a folder tree or a zip ({@link dev.xsdcompat.replay.corpus.Corpus}), listed
 * by sorted path and opened one at a time, and what is known about each message
 * ({@link dev.xsdcompat.replay.corpus.CorpusMetadata}: the Webex {@code corpus.xml} sidecar, per-message
 * {@code .meta.properties}, or the {@code <version>/<Api>/request|response-*.xml} path convention), including
 * which recorded responses form drift pairs.
 */
package dev.xsdcompat.replay.corpus;
