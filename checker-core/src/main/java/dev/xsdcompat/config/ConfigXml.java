package dev.xsdcompat.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.xsdcompat.xml.LocatedDocument;
import dev.xsdcompat.xml.LocatingDomBuilder;
import dev.xsdcompat.xml.SecureXml;

/**
 * A configuration file in one of the tool's own XML formats: validated against the format's bundled XSD first
 * (so every mistake gets file:line:col and the format's own words), then parsed to a DOM.
 */
public final class ConfigXml {

    private ConfigXml() {
    }

    /** Compiles a format XSD shipped as a resource next to {@code anchor}. */
    public static Schema format(Class<?> anchor, String resource) {
        URL url = anchor.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing resource " + resource);
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
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    /**
     * Validates and parses {@code file}. Problems become the exception {@code error} makes from a message and
     * its cause.
     */
    public static <E extends RuntimeException> LocatedDocument read(Path file, Schema format,
            BiFunction<String, Throwable, E> error) {
        if (!Files.isRegularFile(file)) {
            throw error.apply(file + ": no such file", null);
        }
        try {
            Validator validator = format.newValidator();
            validator.setErrorHandler(SecureXml.THROWING); // the first error is the clearest
            try (InputStream in = Files.newInputStream(file)) {
                InputSource input = new InputSource(in);
                input.setSystemId(file.toUri().toString());
                validator.validate(new SAXSource(SecureXml.strictReader(), input));
            }
            try (InputStream in = Files.newInputStream(file)) {
                InputSource input = new InputSource(in);
                input.setSystemId(file.toUri().toString());
                return LocatingDomBuilder.parse(SecureXml.strictReader(), input);
            }
        } catch (SAXParseException e) {
            throw error.apply(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw error.apply(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw error.apply(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Child elements of {@code parent} in {@code namespace}, in document order. */
    public static List<Element> children(Element parent, String namespace) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }
}
