package dev.xsdcompat.model;

import org.apache.ws.commons.schema.XmlSchemaAnnotated;
import org.apache.ws.commons.schema.XmlSchemaAnnotationItem;
import org.apache.ws.commons.schema.XmlSchemaDocumentation;
import org.w3c.dom.NodeList;

/** Documentation text of a declaration, whitespace-collapsed so re-wrapping a comment is not a change. */
final class Annotations {

    private Annotations() {
    }

    static String documentation(XmlSchemaAnnotated annotated) {
        if (annotated.getAnnotation() == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (XmlSchemaAnnotationItem item : annotated.getAnnotation().getItems()) {
            if (item instanceof XmlSchemaDocumentation doc && doc.getMarkup() != null) {
                NodeList markup = doc.getMarkup();
                for (int i = 0; i < markup.getLength(); i++) {
                    text.append(' ').append(markup.item(i).getTextContent());
                }
            }
        }
        String collapsed = text.toString().replaceAll("\\s+", " ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
