package dev.xsdcompat.load;

import java.io.StringReader;
import java.nio.file.Path;

import javax.xml.XMLConstants;

import org.apache.ws.commons.schema.XmlSchemaCollection;
import org.apache.ws.commons.schema.resolver.URIResolver;
import org.xml.sax.InputSource;

/**
 * Hands the already parsed documents to Apache XmlSchema, dependencies first, so that XmlSchema finds each
 * import in its collection instead of parsing the file again. Its resolver answers exactly as the document
 * graph did; a missing document becomes an empty schema so the rest still loads.
 */
final class XmlSchemaFeeder {

    private XmlSchemaFeeder() {
    }

    static XmlSchemaCollection feed(DocumentGraph graph) {
        XmlSchemaCollection collection = new XmlSchemaCollection();
        collection.setSchemaResolver(new GraphResolver(graph));
        for (SchemaDocument doc : graph.documentsDependenciesFirst()) {
            if (collection.getXmlSchema(doc.systemId()).length > 0) {
                continue;
            }
            try {
                collection.read(doc.dom(), doc.systemId());
            } catch (RuntimeException e) {
                throw new LoadException(doc.display() + ": XmlSchema cannot build this schema: " + e.getMessage(), e);
            }
        }
        return collection;
    }

    private record GraphResolver(DocumentGraph graph) implements URIResolver {

        @Override
        public InputSource resolveEntity(String targetNamespace, String schemaLocation, String baseUri) {
            Path referrer = baseUri == null ? null : graph.pathOf(baseUri);
            ReferenceResolver.Target target = graph.resolver().resolve(targetNamespace, schemaLocation, referrer);
            if (target instanceof ReferenceResolver.Local local) {
                return new InputSource(DocumentGraph.systemId(local.path()));
            }
            if (target instanceof ReferenceResolver.Remote remote) {
                return new InputSource(remote.uri().toString());
            }
            String ns = targetNamespace == null ? "" : targetNamespace;
            String stub = "<schema xmlns='" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "'"
                    + (ns.isEmpty() ? "" : " targetNamespace='" + escape(ns) + "'") + "/>";
            InputSource source = new InputSource(new StringReader(stub));
            source.setSystemId("missing:" + (schemaLocation == null ? ns : schemaLocation));
            return source;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
        }
    }
}
