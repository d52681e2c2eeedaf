package dev.xsdcompat.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Removes what the model does not understand (XSD 1.1 assertions, type alternatives, open content, and the
 * redefinitions inside redefine/override, which are kept as plain includes) and says so once per construct and
 * document. Skipping is safer than guessing: the rest of the document is still compared.
 */
final class UnsupportedConstructs {

    private static final Set<String> XSD11_ONLY = Set.of("assert", "assertion", "alternative", "openContent",
            "defaultOpenContent");

    private UnsupportedConstructs() {
    }

    static List<LoadWarning> strip(List<SchemaDocument> documents) {
        List<LoadWarning> warnings = new ArrayList<>();
        for (SchemaDocument doc : documents) {
            Map<String, int[]> seen = new LinkedHashMap<>(); // construct -> {first line, count}
            strip(doc, doc.root(), seen);
            seen.forEach((construct, lineAndCount) -> warnings.add(new LoadWarning(
                    LoadWarning.Kind.UNSUPPORTED_CONSTRUCT, doc.display() + ":" + lineAndCount[0],
                    "xs:" + construct + " is not modelled and was skipped (" + lineAndCount[1]
                            + (lineAndCount[1] == 1 ? " occurrence" : " occurrences") + " in " + doc.display() + ")")));
        }
        return warnings;
    }

    private static void strip(SchemaDocument doc, Element element, Map<String, int[]> seen) {
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI())) {
                String name = e.getLocalName();
                if (XSD11_ONLY.contains(name)) {
                    note(doc, seen, name, e);
                    element.removeChild(e);
                } else if (name.equals("redefine") || name.equals("override")) {
                    note(doc, seen, name, e);
                    keepAsInclude(e);
                } else {
                    strip(doc, e, seen);
                }
            }
            child = next;
        }
    }

    private static void keepAsInclude(Element e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
        String prefix = e.getPrefix();
        e.getOwnerDocument().renameNode(e, XMLConstants.W3C_XML_SCHEMA_NS_URI,
                prefix == null ? "include" : prefix + ":include");
    }

    private static void note(SchemaDocument doc, Map<String, int[]> seen, String construct, Element e) {
        seen.computeIfAbsent(construct, k -> new int[] {doc.lineOf(e), 0})[1]++;
    }
}
