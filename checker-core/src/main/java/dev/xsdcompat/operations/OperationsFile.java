package dev.xsdcompat.operations;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an operations file ({@code urn:xsd-compat:operations:1}): parses it with a hardened parser (no DOCTYPE,
 * no external entities), validates it against {@code operations-1.xsd}, and builds {@link Operations}.
 * Problems raise {@link OperationsException} with a message {@code file:line:col: problem}.
 */
public final class OperationsFile {

    /** The namespace of the format. */
    public static final String NAMESPACE = "urn:xsd-compat:operations:1";

    private static final String FORMAT_RESOURCE = "operations-1.xsd";
    private static final Schema FORMAT = loadFormat();

    private OperationsFile() {
    }

    /** Reads, validates and converts one operations file. */
    public static Operations read(Path file) {
        validate(file);
        Document document = parse(file);
        try {
            return convert(document.getDocumentElement());
        } catch (IllegalArgumentException e) {
            throw new OperationsException(file + ": " + e.getMessage(), e);
        }
    }

    private static void validate(Path file) {
        Validator validator = FORMAT.newValidator();
        validator.setErrorHandler(new FirstErrorHandler());
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(file.toUri().toString());
            validator.validate(new SAXSource(SecureXmlParsers.xmlReader(), input));
        } catch (SAXParseException e) {
            throw new OperationsException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException e) {
            throw new OperationsException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OperationsException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var builder = SecureXmlParsers.documentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new FirstErrorHandler());
            return builder.parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new OperationsException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new OperationsException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OperationsException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Operations convert(Element root) {
        List<Root> envelopeRequests = new ArrayList<>();
        List<Root> envelopeResponses = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        for (Element child : children(root)) {
            if (child.getLocalName().equals("envelope")) {
                for (Element r : children(child)) {
                    (r.getLocalName().equals("request") ? envelopeRequests : envelopeResponses).add(root(r));
                }
            } else {
                operations.add(operation(child));
            }
        }
        return Operations.of(operations, envelopeRequests, envelopeResponses);
    }

    private static Operation operation(Element element) {
        List<Root> requests = new ArrayList<>();
        List<Root> responses = new ArrayList<>();
        Map<String, QName> xsiTypes = new LinkedHashMap<>();
        for (Element r : children(element)) {
            Root root = root(r);
            if (r.getLocalName().equals("request")) {
                requests.add(root);
                if (r.hasAttribute("xsiType")) {
                    xsiTypes.put(r.getAttribute("xsiType"), root.name());
                }
            } else {
                responses.add(root);
            }
        }
        return new Operation(element.getAttribute("name"), element.getAttribute("service"),
                element.getAttribute("since"), requests, responses, xsiTypes);
    }

    private static Root root(Element element) {
        String ref = element.getAttribute("ref");
        QName name = ClarkNames.parse(ref).orElseThrow(() -> new IllegalArgumentException("bad name " + ref));
        Root.Kind kind = "element".equals(element.getAttribute("kind")) ? Root.Kind.ELEMENT : Root.Kind.TYPE;
        return new Root(name, kind);
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Schema loadFormat() {
        URL url = OperationsFile.class.getResource(FORMAT_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("missing resource " + FORMAT_RESOURCE);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            try (InputStream in = url.openStream()) {
                return factory.newSchema(new StreamSource(in, url.toExternalForm()));
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load " + FORMAT_RESOURCE, e);
        }
    }

    /** Stops at the first error or fatal error. */
    private static final class FirstErrorHandler implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a file unreadable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
