package dev.xsdcompat.load;

import java.util.List;

import org.apache.ws.commons.schema.XmlSchemaCollection;

/**
 * A loaded XSD set: its documents (dependencies first), what the loader worked around, and the XmlSchema
 * collection built from them. {@code label} names the input as the user gave it.
 *
 * <p>The collection is XmlSchema's own mutable object graph; the model step reads it and nothing writes to it.
 */
public record SchemaSet(String label, List<SchemaDocument> documents, List<LoadWarning> warnings,
        XmlSchemaCollection collection) {

    public SchemaSet {
        documents = List.copyOf(documents);
        warnings = warnings.stream().sorted().distinct().toList();
    }
}
