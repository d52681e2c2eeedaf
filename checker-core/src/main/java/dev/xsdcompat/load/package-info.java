/**
 * Step 1 of the pipeline: reads an XSD set (a folder, entry files, or a jar/zip) offline.
 *
 * <p>Each document is parsed once by a hardened parser that keeps line numbers; imports and includes resolve
 * relative to the referring file, then through OASIS catalogs, and reach the network only when asked. The
 * parsed documents are handed to Apache XmlSchema, which builds the schema object model. The result is a
 * {@link dev.xsdcompat.load.SchemaSet}.
 */
package dev.xsdcompat.load;
