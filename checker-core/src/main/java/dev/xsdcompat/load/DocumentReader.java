package dev.xsdcompat.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import dev.xsdcompat.xml.SecureXml;
import dev.xsdcompat.xml.LocatingDomBuilder;
import dev.xsdcompat.xml.LocatedDocument;

/** Parses one schema document with the hardened parser, keeping line numbers; errors name file:line:col. */
final class DocumentReader {

    /** Larger documents are refused rather than slowly parsed: no published XSD comes near this. */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(20);

    SchemaDocument read(Path file, String systemId, String display) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LoadException(display + ": " + size + " bytes is larger than the " + MAX_BYTES
                        + "-byte limit for one schema document");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, systemId, display);
            }
        } catch (IOException e) {
            throw new LoadException(display + ": cannot read: " + e.getMessage(), e);
        }
    }

    SchemaDocument fetch(URI uri) {
        String display = uri.toString();
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setConnectTimeout((int) NETWORK_TIMEOUT.toMillis());
            connection.setReadTimeout((int) NETWORK_TIMEOUT.toMillis());
            byte[] bytes;
            try (InputStream in = connection.getInputStream()) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new LoadException(display + ": larger than the " + MAX_BYTES + "-byte limit");
            }
            return parse(new ByteArrayInputStream(bytes), display, display);
        } catch (IOException e) {
            throw new LoadException(display + ": cannot fetch: " + e.getMessage(), e);
        }
    }

    private SchemaDocument parse(InputStream in, String systemId, String display) throws IOException {
        InputSource source = new InputSource(in);
        source.setSystemId(systemId);
        LocatedDocument parsed;
        try {
            parsed = LocatingDomBuilder.parse(SecureXml.schemaReader(), source);
        } catch (SAXParseException e) {
            throw new LoadException(SecureXml.describe(display, e), e);
        } catch (SAXException e) {
            throw new LoadException(display + ": " + SecureXml.plainMessage(e.getMessage()), e);
        }
        Element root = parsed.document().getDocumentElement();
        if (root == null || !SchemaDocument.isSchemaElement(root, "schema")) {
            String found = root == null ? "nothing" : "<" + root.getTagName() + ">";
            throw new LoadException(display + ":" + (root == null ? 1 : parsed.lineOf(root))
                    + ": not an XML Schema document (its root is " + found + ", not xs:schema)");
        }
        return new SchemaDocument(systemId, display, root.getAttribute("targetNamespace"), parsed);
    }
}
