package dev.xsdcompat.replay.envelope;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NamespaceBinding;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.NodeName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.LocatorImpl;

/**
 * Replays one element of a parsed message as the SAX events of a document of its own, so that a schema validator
 * can check a payload chosen by {@link PayloadSelector}: the namespaces in scope at the element are declared on
 * it, each descendant declares what changes, and the locator gives each event the line and column the element had
 * in the message (an end tag reports where its last content was: the tree keeps no end-tag positions).
 */
public final class NodeEvents {

    private NodeEvents() {
    }

    /** Sends {@code element} and its content to {@code out} as a whole document. */
    public static void emit(XdmNode element, String systemId, ContentHandler out) throws SAXException {
        NodeInfo node = element.getUnderlyingNode();
        LocatorImpl locator = new LocatorImpl();
        locator.setSystemId(systemId);
        locator.setLineNumber(node.getLineNumber());
        locator.setColumnNumber(node.getColumnNumber());
        out.setDocumentLocator(locator);
        out.startDocument();
        element(node, NamespaceMap.emptyMap(), out, locator, new AttributesImpl());
        out.endDocument();
    }

    // Saxon's own node interface, not the s9api wrappers: a payload of thousands of elements walks several
    // times faster without a wrapper and a list per step.
    private static void element(NodeInfo element, NamespaceMap outer, ContentHandler out, LocatorImpl locator,
            AttributesImpl attributes) throws SAXException {
        // The tree shares one namespace map among elements that declare nothing: most compare as the same object.
        NamespaceMap inScope = element.getAllNamespaces();
        List<String> declared = inScope == outer ? List.of() : declare(inScope, outer, out);
        attributes.clear();
        for (AttributeInfo attribute : element.attributes()) {
            NodeName name = attribute.getNodeName();
            attributes.addAttribute(name.getURI(), name.getLocalPart(), name.getDisplayName(), "CDATA",
                    attribute.getValue());
        }
        String uri = element.getURI();
        String localName = element.getLocalPart();
        String qName = element.getDisplayName();
        if (element.getLineNumber() > 0) {
            locator.setLineNumber(element.getLineNumber());
            locator.setColumnNumber(element.getColumnNumber());
        }
        out.startElement(uri, localName, qName, attributes);
        for (NodeInfo child : element.children()) {
            int kind = child.getNodeKind();
            if (kind == Type.ELEMENT) {
                element(child, inScope, out, locator, attributes);
            } else if (kind == Type.TEXT) {
                String text = child.getStringValue();
                out.characters(text.toCharArray(), 0, text.length());
            }
        }
        out.endElement(uri, localName, qName);
        for (String prefix : declared) {
            out.endPrefixMapping(prefix);
        }
    }

    /** Declares what {@code inScope} binds differently from {@code outer} (an undeclared default included). */
    private static List<String> declare(NamespaceMap inScope, NamespaceMap outer, ContentHandler out)
            throws SAXException {
        List<String> declared = new ArrayList<>();
        for (NamespaceBinding binding : inScope) {
            String prefix = binding.getPrefix();
            NamespaceUri was = outer.getNamespaceUri(prefix);
            if (!binding.isXmlNamespace() && !binding.getNamespaceUri().equals(was)) {
                out.startPrefixMapping(prefix, binding.getNamespaceUri().toString());
                declared.add(prefix);
            }
        }
        if (outer.getNamespaceUri("") != null && inScope.getNamespaceUri("") == null) {
            out.startPrefixMapping("", "");
            declared.add("");
        }
        return declared;
    }
}
