package dev.xsdcompat.load;

import java.io.StringReader;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one place that creates XML parsers for untrusted input: no external entities, no external DTD loading,
 * no XInclude, and the JDK's secure-processing limits (which stop a billion-laughs document after 64,000 entity
 * expansions). Internal DTD subsets stay legal because published schemas (W3C xmldsig, xml.xsd) carry them.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** A namespace-aware SAX reader that reports xmlns attributes (XmlSchema resolves QName values through them). */
    public static XMLReader newReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            SAXParser parser = factory.newSAXParser();
            trySetProperty(parser, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            trySetProperty(parser, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            // Belt and braces: whatever slips past the features resolves to nothing.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static void trySetProperty(SAXParser parser, String name, Object value) {
        try {
            parser.setProperty(name, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Older parsers without JAXP 1.5 properties are covered by the features above.
        }
    }

    /** {@code file:line:col: message}, with the JDK's JAXP codes turned into plain words. */
    public static String describe(Path file, SAXParseException e) {
        return describe(file.toString(), e);
    }

    public static String describe(String file, SAXParseException e) {
        return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + plainMessage(e.getMessage());
    }

    static String plainMessage(String message) {
        if (message == null) {
            return "not well-formed";
        }
        if (message.contains("JAXP00010001") || message.contains("JAXP00010004")
                || message.contains("JAXP00010003") || message.contains("JAXP00010002")) {
            return "entity expansion limit exceeded (a billion-laughs style document?); refused: " + message;
        }
        return message;
    }
}
