package dev.xsdcompat.xml;

import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A DOM and the line on which each of its elements starts. The lines live beside the DOM, not in DOM user data:
 * Xerces keeps user data in one document-wide map that every later clone of a node consults, which made user
 * data the largest single cost of loading a schema set.
 */
public record LocatedDocument(Document document, Map<Element, Integer> lines) {

    /** The line of an element of this document, 0 when unknown. */
    public int lineOf(Element element) {
        Integer line = lines.get(element);
        return line == null ? 0 : line;
    }
}
