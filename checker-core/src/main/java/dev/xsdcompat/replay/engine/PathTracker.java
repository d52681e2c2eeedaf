package dev.xsdcompat.replay.engine;

import dev.xsdcompat.model.ElementPaths;
import dev.xsdcompat.model.ElementPaths.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Sits between the envelope adapter and the validator and records which changes the message exercises: the
 * changes at or above each element's declaration, its type and its attributes' declarations in the version's
 * model. It sees the events the adapter produced, so request payloads are already in their declared namespaces
 * and {@code xsi:type} already names a schema type. Walks the model the way a validator walks the schema: the
 * root is a global element, a child is looked up in its parent's type, {@code xsi:type} replaces the declared
 * type. Below an element whose type is unknown (a wildcard's content, an undeclared element) nothing is recorded.
 *
 * <p>Every answer is kept in a tree of {@link TypeNode}s of this thread, so that after the first messages an
 * element costs one map lookup in its parent's node and touches no shared state; most elements exercise no
 * change and add nothing. One instance per thread and version, reused across messages: {@link #reset} before each.
 */
final class PathTracker implements ContentHandler {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final ElementPaths paths;
    private final ChangeIndex changes;
    /** This thread's node per type path; {@code root} stands for the document, whose children are globals. */
    private final Map<String, TypeNode> typeNodes = new HashMap<>();
    private final Map<String, Map<String, TypeNode>> xsiTypes = new HashMap<>();
    private final TypeNode root = new TypeNode(null, List.of());
    private final List<TypeNode> open = new ArrayList<>();
    private final List<String[]> prefixes = new ArrayList<>();
    private ContentHandler out;
    private Set<String> exercised;

    PathTracker(ElementPaths paths, ChangeIndex changes) {
        this.paths = paths;
        this.changes = changes;
    }

    /** A type as this thread has met it: its path, the changes at or above it, the children and attributes met. */
    private static final class TypeNode {
        final String path;
        final List<String> hits;
        final Map<String, Child> children = new HashMap<>();
        final Map<String, Child> attributes = new HashMap<>();

        TypeNode(String path, List<String> hits) {
            this.path = path;
            this.hits = hits;
        }
    }

    /**
     * A child element or attribute by wire name: local names key the map, and the rare second namespace for one
     * local name chains on. {@code type} is null for attributes and for elements of unknown type.
     */
    private record Child(String namespace, TypeNode type, List<String> hits, Child next) {
    }

    /** Where events go on to (set once the validator has handed over its handler). */
    void next(ContentHandler next) {
        this.out = next;
    }

    /** Starts a message: events go on to {@code next}, fingerprints of exercised changes into {@code sink}. */
    void reset(ContentHandler next, Set<String> sink) {
        this.out = next;
        this.exercised = sink;
        open.clear();
        prefixes.clear();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        TypeNode parent = open.isEmpty() ? root : open.get(open.size() - 1);
        TypeNode type = null;
        if (parent != null) {
            Child child = element(parent, uri, localName);
            hit(child.hits());
            type = child.type();
        }
        String xsiType = atts.getValue(XSI, "type");
        if (xsiType != null) {
            TypeNode named = xsiType(xsiType.trim());
            type = named != null ? named : type;
        }
        if (type != null) {
            hit(type.hits);
            for (int i = 0, n = atts.getLength(); i < n; i++) {
                String ns = atts.getURI(i);
                if (!XSI.equals(ns) && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                    hit(attribute(type, ns, atts.getLocalName(i)).hits());
                }
            }
        }
        open.add(type);
        out.startElement(uri, localName, qName, atts);
    }

    private void hit(List<String> hits) {
        if (!hits.isEmpty()) {
            exercised.addAll(hits);
        }
    }

    private Child element(TypeNode parent, String uri, String localName) {
        Child first = parent.children.get(localName);
        Child known = inNamespace(first, uri);
        if (known != null) {
            return known;
        }
        Optional<Step> step = parent == root ? paths.globalElement(uri, localName)
                : paths.child(parent.path, uri, localName);
        Child made = step.map(s -> new Child(uri, typeNode(s.type()), changes.at(s.declaration()), first))
                .orElseGet(() -> new Child(uri, null, List.of(), first));
        parent.children.put(localName, made);
        return made;
    }

    private Child attribute(TypeNode owner, String uri, String localName) {
        Child first = owner.attributes.get(localName);
        Child known = inNamespace(first, uri);
        if (known != null) {
            return known;
        }
        List<String> hits = paths.attribute(owner.path, uri, localName).map(a -> changes.at(a.declaration()))
                .orElse(List.of());
        Child made = new Child(uri, null, hits, first);
        owner.attributes.put(localName, made);
        return made;
    }

    /** The entry of a local name's chain for this namespace, or null when this thread has not met it. */
    private static Child inNamespace(Child first, String uri) {
        for (Child c = first; c != null; c = c.next()) {
            if (c.namespace().equals(uri)) {
                return c;
            }
        }
        return null;
    }

    private TypeNode typeNode(String path) {
        if (path == null) {
            return null;
        }
        TypeNode node = typeNodes.get(path);
        if (node == null) {
            node = new TypeNode(path, changes.at(path));
            typeNodes.put(path, node);
        }
        return node;
    }

    /** The global type an {@code xsi:type} value names, resolved against the prefixes in scope; null if none. */
    private TypeNode xsiType(String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? "" : prefixed.substring(0, colon);
        String namespace = colon < 0 ? "" : null;
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            if (prefixes.get(i)[0].equals(prefix)) {
                namespace = prefixes.get(i)[1];
                break;
            }
        }
        if (namespace == null) {
            return null;
        }
        String local = prefixed.substring(colon + 1);
        Map<String, TypeNode> inNamespace = xsiTypes.computeIfAbsent(namespace, n -> new HashMap<>());
        if (!inNamespace.containsKey(local)) {
            inNamespace.put(local, paths.globalType(namespace, local).map(this::typeNode).orElse(null));
        }
        return inNamespace.get(local);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.remove(open.size() - 1);
        out.endElement(uri, localName, qName);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        prefixes.add(new String[] {prefix, uri});
        out.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            if (prefixes.get(i)[0].equals(prefix)) {
                prefixes.remove(i);
                break;
            }
        }
        out.endPrefixMapping(prefix);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        out.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        out.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        out.endDocument();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        out.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        out.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        out.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        out.skippedEntity(name);
    }
}
