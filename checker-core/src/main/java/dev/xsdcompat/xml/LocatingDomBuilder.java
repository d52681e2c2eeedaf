package dev.xsdcompat.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import java.io.IOException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a DOM from SAX events and records the line where each element's start tag ends, so the model can say
 * where a declaration lives. DocumentBuilder cannot do that.
 */
public final class LocatingDomBuilder extends DefaultHandler {

    private final Document document;
    private final Map<Element, Integer> lines = new IdentityHashMap<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;

    LocatingDomBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        open.push(document);
    }

    /** Parses with the given (already hardened) reader into a DOM and the line of each element. */
    public static LocatedDocument parse(XMLReader reader, InputSource source) throws IOException, SAXException {
        LocatingDomBuilder builder = new LocatingDomBuilder();
        reader.setContentHandler(builder);
        reader.setErrorHandler(builder);
        reader.parse(source);
        return new LocatedDocument(builder.document, builder.lines);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flushText();
        Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String attrQName = attributes.getQName(i);
            String attrUri = attributes.getURI(i);
            if (attrQName.equals("xmlns") || attrQName.startsWith("xmlns:")) {
                attrUri = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
            }
            element.setAttributeNS(attrUri.isEmpty() ? null : attrUri, attrQName, attributes.getValue(i));
        }
        if (locator != null) {
            lines.put(element, locator.getLineNumber());
        }
        open.peek().appendChild(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flushText();
        open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    private void flushText() {
        if (text.length() > 0 && open.peek() != document) {
            open.peek().appendChild(document.createTextNode(text.toString()));
        }
        text.setLength(0);
    }
}
