package dev.xsdcompat.replay.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import dev.xsdcompat.xml.SecureXml;

/**
 * For each complex type of one schema set: the child elements its content model allows, with the namespace each
 * one has on the wire and its own type. The Webex server binds request payloads by local name and ignores
 * namespaces; the envelope adapter uses this index to give each unqualified request element the namespace its
 * declaration has, so that XML Schema can check the payload.
 *
 * <p>Built eagerly from the XSD files of one folder (global and anonymous complex types, extension bases,
 * sequences, choices, alls, group references, element references, {@code form} and
 * {@code elementFormDefault}); immutable and thread-safe afterwards. Wildcards contribute nothing. Chameleon
 * includes and redefine are not supported.
 */
public final class ContentIndex {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Map<QName, TypeHandle> namedTypes;

    /** An opaque handle on a complex type of this index. */
    public static final class TypeHandle {
        private final String description;
        private final Map<String, List<ChildDeclaration>> children = new LinkedHashMap<>();

        private TypeHandle(String description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * A child element a content model allows.
     *
     * @param name the element name as it appears on the wire (namespace {@code ""} when unqualified; interned, as
     *     the adapter passes it on to a validator that takes names as interned)
     * @param type the element's complex type, or null when it has a simple type or one this index does not know
     */
    public record ChildDeclaration(QName name, TypeHandle type) {
    }

    private ContentIndex(Map<QName, TypeHandle> namedTypes) {
        this.namedTypes = Map.copyOf(namedTypes);
    }

    /** Indexes every {@code *.xsd} file directly in {@code folder}. */
    public static ContentIndex of(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return of(files.filter(p -> p.getFileName().toString().endsWith(".xsd")).sorted().toList());
        } catch (IOException e) {
            throw new SchemaCompilationException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Indexes the given XSD files (all documents of the set, included ones too). */
    public static ContentIndex of(List<Path> files) {
        return new Builder(files).build();
    }

    /** The named complex type {@code name}, if the set defines it. */
    public Optional<TypeHandle> type(QName name) {
        return Optional.ofNullable(namedTypes.get(name));
    }

    /**
     * The declaration of child {@code localName} in {@code parent}'s content model; when several namespaces
     * declare that local name there, {@code preferredNamespace} picks among them.
     */
    public Optional<ChildDeclaration> child(TypeHandle parent, String localName, String preferredNamespace) {
        return Optional.ofNullable(childOf(parent, localName, preferredNamespace));
    }

    /** {@link #child}, null when there is none: the envelope adapter asks once per payload element. */
    ChildDeclaration childOf(TypeHandle parent, String localName, String preferredNamespace) {
        if (parent == null) {
            return null;
        }
        List<ChildDeclaration> candidates = parent.children.get(localName);
        if (candidates == null) {
            return null;
        }
        for (ChildDeclaration c : candidates) {
            if (c.name().getNamespaceURI().equals(preferredNamespace)) {
                return c;
            }
        }
        return candidates.get(0);
    }

    /** Builds the index from DOM trees; only used during construction. */
    private static final class Builder {
        private final List<Path> files;
        private final Map<QName, Element> complexTypes = new HashMap<>();
        private final Map<QName, Element> groups = new HashMap<>();
        private final Map<QName, Element> elements = new HashMap<>();
        private final Map<Element, TypeHandle> handles = new IdentityHashMap<>();
        private final Set<Element> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Element> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Element> allComplexTypes = new ArrayList<>();

        Builder(List<Path> files) {
            this.files = files;
        }

        ContentIndex build() {
            for (Path file : files) {
                Element schema = parse(file).getDocumentElement();
                String tns = schema.getAttribute("targetNamespace");
                for (Element global : xsChildren(schema)) {
                    QName name = new QName(tns, global.getAttribute("name"));
                    switch (global.getLocalName()) {
                        case "complexType" -> complexTypes.put(name, global);
                        case "group" -> groups.put(name, global);
                        case "element" -> elements.put(name, global);
                        default -> {
                            // simple types, attributes and imports do not shape element content
                        }
                    }
                }
                NodeList all = schema.getElementsByTagNameNS(XS, "complexType");
                for (int i = 0; i < all.getLength(); i++) {
                    allComplexTypes.add((Element) all.item(i));
                }
            }
            allComplexTypes.forEach(this::complete);
            Map<QName, TypeHandle> named = new HashMap<>();
            complexTypes.forEach((name, element) -> named.put(name, handle(element)));
            return new ContentIndex(named);
        }

        private TypeHandle handle(Element complexType) {
            return handles.computeIfAbsent(complexType, e -> new TypeHandle(describe(e)));
        }

        private void complete(Element complexType) {
            if (done.contains(complexType) || !inProgress.add(complexType)) {
                return;
            }
            TypeHandle handle = handle(complexType);
            for (Element part : xsChildren(complexType)) {
                switch (part.getLocalName()) {
                    case "complexContent" -> derivation(part, handle);
                    case "sequence", "choice", "all", "group" -> particle(part, handle, new HashSet<>());
                    default -> {
                        // attributes, simpleContent, annotations
                    }
                }
            }
            inProgress.remove(complexType);
            done.add(complexType);
        }

        private void derivation(Element complexContent, TypeHandle handle) {
            for (Element derivation : xsChildren(complexContent)) {
                if (derivation.getLocalName().equals("extension")) {
                    Element base = complexTypes.get(qname(derivation, derivation.getAttribute("base")));
                    if (base != null) {
                        complete(base);
                        handle(base).children.forEach((k, v) -> v.forEach(c -> add(handle, c)));
                    }
                }
                for (Element part : xsChildren(derivation)) {
                    particle(part, handle, new HashSet<>());
                }
            }
        }

        private void particle(Element particle, TypeHandle handle, Set<QName> groupsSeen) {
            switch (particle.getLocalName()) {
                case "sequence", "choice", "all" -> xsChildren(particle).forEach(p -> particle(p, handle, groupsSeen));
                case "group" -> {
                    QName ref = qname(particle, particle.getAttribute("ref"));
                    Element group = groups.get(ref);
                    if (group != null && groupsSeen.add(ref)) {
                        xsChildren(group).forEach(p -> particle(p, handle, groupsSeen));
                    }
                }
                case "element" -> add(handle, declaration(particle));
                default -> {
                    // any, annotation: nothing to bind
                }
            }
        }

        private ChildDeclaration declaration(Element element) {
            if (element.hasAttribute("ref")) {
                QName ref = qname(element, element.getAttribute("ref"));
                Element global = elements.get(ref);
                return new ChildDeclaration(new QName(ref.getNamespaceURI().intern(), ref.getLocalPart()),
                        global == null ? null : typeOf(global));
            }
            Element schema = element.getOwnerDocument().getDocumentElement();
            String form = element.hasAttribute("form") ? element.getAttribute("form")
                    : schema.getAttribute("elementFormDefault");
            String namespace = "qualified".equals(form) ? schema.getAttribute("targetNamespace") : "";
            return new ChildDeclaration(new QName(namespace.intern(), element.getAttribute("name")), typeOf(element));
        }

        private TypeHandle typeOf(Element element) {
            if (element.hasAttribute("type")) {
                Element type = complexTypes.get(qname(element, element.getAttribute("type")));
                return type == null ? null : handle(type);
            }
            for (Element child : xsChildren(element)) {
                if (child.getLocalName().equals("complexType")) {
                    return handle(child);
                }
            }
            return null;
        }

        private static void add(TypeHandle handle, ChildDeclaration child) {
            List<ChildDeclaration> list = handle.children.computeIfAbsent(child.name().getLocalPart(),
                    k -> new ArrayList<>());
            if (!list.contains(child)) {
                list.add(child);
            }
        }

        private static QName qname(Element context, String value) {
            int colon = value.indexOf(':');
            String prefix = colon < 0 ? null : value.substring(0, colon);
            String namespace = context.lookupNamespaceURI(prefix);
            return new QName(namespace == null ? "" : namespace, value.substring(colon + 1));
        }

        private static String describe(Element complexType) {
            if (complexType.hasAttribute("name")) {
                return "{" + complexType.getOwnerDocument().getDocumentElement().getAttribute("targetNamespace")
                        + "}" + complexType.getAttribute("name");
            }
            Node parent = complexType.getParentNode();
            String owner = parent instanceof Element e ? e.getAttribute("name") : "";
            return "anonymous type of " + owner;
        }

        private static List<Element> xsChildren(Element parent) {
            List<Element> result = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                    result.add(e);
                }
            }
            return result;
        }

        private static Document parse(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                DocumentBuilder builder = SecureXml.strictDocumentBuilderFactory().newDocumentBuilder();
                builder.setErrorHandler(SecureXml.THROWING);
                return builder.parse(in, file.toUri().toString());
            } catch (SAXException | ParserConfigurationException | IOException e) {
                throw new SchemaCompilationException(file + ": " + e.getMessage(), e);
            }
        }
    }
}
