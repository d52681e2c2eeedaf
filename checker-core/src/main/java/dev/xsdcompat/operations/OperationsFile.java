package dev.xsdcompat.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import dev.xsdcompat.config.ConfigXml;

/**
 * Reads an operations file ({@code urn:xsd-compat:operations:1}): parses it with a hardened parser (no DOCTYPE,
 * no external entities), validates it against {@code operations-1.xsd}, and builds {@link Operations}.
 * Problems raise {@link OperationsException} with a message {@code file:line:col: problem}.
 */
public final class OperationsFile {

    /** The namespace of the format. */
    public static final String NAMESPACE = "urn:xsd-compat:operations:1";

    private static final String FORMAT_RESOURCE = "operations-1.xsd";
    private static final Schema FORMAT = ConfigXml.format(OperationsFile.class, FORMAT_RESOURCE);

    private OperationsFile() {
    }

    /** Reads, validates and converts one operations file. */
    public static Operations read(Path file) {
        Document document = ConfigXml.read(file, FORMAT, OperationsException::new).document();
        try {
            return convert(document.getDocumentElement());
        } catch (IllegalArgumentException e) {
            throw new OperationsException(file + ": " + e.getMessage(), e);
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
        return ConfigXml.children(parent, NAMESPACE);
    }
}
