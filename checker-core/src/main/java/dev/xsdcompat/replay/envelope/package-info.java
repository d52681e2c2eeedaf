/**
 * Envelope adapters and streaming validation of one recorded message against one release's schema set.
 *
 * <p>A message is streamed through a hardened SAX parser (no DOCTYPE, no external entities) into a
 * {@link javax.xml.validation.ValidatorHandler} of a cached, thread-safe {@link javax.xml.validation.Schema}
 * ({@link dev.xsdcompat.replay.envelope.SchemaCache}). Between the two sits an
 * {@link dev.xsdcompat.replay.envelope.EnvelopeAdapter}: {@code plain()} passes the events on unchanged,
 * {@code webex(...)} understands the Webex XML API envelope: it finds every {@code bodyContent}, maps its
 * {@code xsi:type} to a schema type through {@link dev.xsdcompat.operations.Operations}, rewrites the request
 * form (Java binding class names, unqualified payload) into what XML Schema can check, and reports what it
 * cannot map. Errors carry the line and column of the original file.
 *
 * <p>Entry point: {@link dev.xsdcompat.replay.envelope.MessageValidator}.
 */
package dev.xsdcompat.replay.envelope;
