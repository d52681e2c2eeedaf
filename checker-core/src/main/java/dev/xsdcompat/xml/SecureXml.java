package dev.xsdcompat.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parsers for untrusted XML. All of them: no external entities, no external DTD, no XInclude, nothing fetched,
 * and the JDK's secure-processing limits (a billion-laughs document stops after 64,000 entity expansions).
 * <ul>
 * <li>{@link #schemaReader()} for schema documents, which may carry an internal DTD subset (W3C xmldsig,
 * xml.xsd);</li>
 * <li>{@link #strictReader()} and {@link #strictDocumentBuilderFactory()} for messages and the tool's own
 * configuration files, which have no business with a DOCTYPE at all and are refused when they have one.</li>
 * </ul>
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String NAMESPACE_PREFIXES = "http://xml.org/sax/features/namespace-prefixes";

    /** Throws on errors and fatal errors, ignores warnings. */
    public static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // not a reason to fail
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private SecureXml() {
    }

    /**
     * A namespace-aware reader for schema documents: internal DTD subsets are allowed (and expanded within the
     * limits), and xmlns attributes are reported because XmlSchema resolves QName values through them.
     */
    public static XMLReader schemaReader() {
        XMLReader reader = reader(false, true);
        // Whatever slips past the features resolves to nothing.
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
        return reader;
    }

    /** A namespace-aware reader that refuses any DOCTYPE. */
    public static XMLReader strictReader() {
        return reader(true, false);
    }

    /** A namespace-aware DOM factory that refuses any DOCTYPE. */
    public static DocumentBuilderFactory strictDocumentBuilderFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL, false);
            factory.setFeature(EXTERNAL_PARAMETER, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static XMLReader reader(boolean refuseDoctype, boolean namespacePrefixes) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, refuseDoctype);
            factory.setFeature(EXTERNAL_GENERAL, false);
            factory.setFeature(EXTERNAL_PARAMETER, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setFeature(NAMESPACE_PREFIXES, namespacePrefixes);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /** {@code file:line:col: message}, with the JDK's JAXP codes turned into plain words. */
    public static String describe(String file, SAXParseException e) {
        return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + plainMessage(e.getMessage());
    }

    /** A parser message in plain words: an exceeded entity limit says what it probably is. */
    public static String plainMessage(String message) {
        if (message == null) {
            return "not well-formed";
        }
        if (message.contains("JAXP00010001") || message.contains("JAXP00010002")
                || message.contains("JAXP00010003") || message.contains("JAXP00010004")) {
            return "entity expansion limit exceeded (a billion-laughs style document?); refused: " + message;
        }
        return message;
    }
}
