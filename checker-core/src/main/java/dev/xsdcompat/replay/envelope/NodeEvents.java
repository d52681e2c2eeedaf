package dev.xsdcompat.replay.envelope;

import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
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
        LocatorImpl locator = new LocatorImpl();
        locator.setSystemId(systemId);
        locator.setLineNumber(element.getLineNumber());
        locator.setColumnNumber(element.getColumnNumber());
        out.setDocumentLocator(locator);
        out.startDocument();
        element(element, Map.of(), out, locator);
        out.endDocument();
    }

    private static void element(XdmNode element, Map<String, String> outer, ContentHandler out, LocatorImpl locator)
            throws SAXException {
        Map<String, String> inScope = namespaces(element);
        for (Map.Entry<String, String> binding : inScope.entrySet()) {
            if (!binding.getValue().equals(outer.get(binding.getKey()))) {
                out.startPrefixMapping(binding.getKey(), binding.getValue());
            }
        }
        boolean undeclaresDefault = outer.containsKey("") && !inScope.containsKey("");
        if (undeclaresDefault) {
            out.startPrefixMapping("", "");
        }
        AttributesImpl attributes = new AttributesImpl();
        var all = element.axisIterator(Axis.ATTRIBUTE);
        while (all.hasNext()) {
            XdmNode attribute = all.next();
            QName name = attribute.getNodeName();
            attributes.addAttribute(name.getNamespaceURI(), name.getLocalName(), name.toString(), "CDATA",
                    attribute.getStringValue());
        }
        QName name = element.getNodeName();
        String uri = name.getNamespaceURI();
        String qName = name.toString();
        at(locator, element);
        out.startElement(uri, name.getLocalName(), qName, attributes);
        for (XdmNode child : element.children()) {
            XdmNodeKind kind = child.getNodeKind();
            if (kind == XdmNodeKind.ELEMENT) {
                element(child, inScope, out, locator);
            } else if (kind == XdmNodeKind.TEXT) {
                char[] text = child.getStringValue().toCharArray();
                out.characters(text, 0, text.length);
            }
        }
        out.endElement(uri, name.getLocalName(), qName);
        for (Map.Entry<String, String> binding : inScope.entrySet()) {
            if (!binding.getValue().equals(outer.get(binding.getKey()))) {
                out.endPrefixMapping(binding.getKey());
            }
        }
        if (undeclaresDefault) {
            out.endPrefixMapping("");
        }
    }

    /** The element's in-scope namespaces by prefix ({@code ""} for the default), without the built-in xml. */
    private static Map<String, String> namespaces(XdmNode element) {
        Map<String, String> result = new TreeMap<>();
        var nodes = element.axisIterator(Axis.NAMESPACE);
        while (nodes.hasNext()) {
            XdmNode ns = nodes.next();
            QName prefix = ns.getNodeName();
            String p = prefix == null ? "" : prefix.getLocalName();
            if (!XMLConstants.XML_NS_PREFIX.equals(p)) {
                result.put(p, ns.getStringValue());
            }
        }
        return result;
    }

    private static void at(LocatorImpl locator, XdmNode node) {
        if (node.getLineNumber() > 0) {
            locator.setLineNumber(node.getLineNumber());
            locator.setColumnNumber(node.getColumnNumber());
        }
    }
}
