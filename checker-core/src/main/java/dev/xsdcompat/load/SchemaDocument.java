package dev.xsdcompat.load;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import dev.xsdcompat.xml.LocatedDocument;

/**
 * One parsed schema document. {@code systemId} identifies it for XmlSchema; {@code display} is how reports name
 * it (relative to the input, so output does not depend on where the input sits on disk). The DOM carries the
 * line of each element; treat it as read-only.
 */
public record SchemaDocument(String systemId, String display, String targetNamespace, LocatedDocument parsed) {

    public Document dom() {
        return parsed.document();
    }

    public Element root() {
        return parsed.document().getDocumentElement();
    }

    /** The line of an element of this document, 0 when unknown. */
    public int lineOf(Element element) {
        return parsed.lineOf(element);
    }

    static boolean isSchemaElement(Element e, String localName) {
        return XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }
}
