package dev.xsdcompat.replay.engine;

import dev.xsdcompat.model.ElementPaths;
import dev.xsdcompat.model.ElementPaths.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * Sits between the envelope adapter and the validator and records which component paths of the version's
 * model the message touches: each element's declaration, its named type, its attributes. It sees the events the
 * adapter produced, so request payloads are already in their declared namespaces and {@code xsi:type} already
 * names a schema type. Walks the model the way a validator walks the schema: the root is a global element, a
 * child is looked up in its parent's type, {@code xsi:type} replaces the declared type. Below an element whose
 * type is unknown (a wildcard's content, an undeclared element) nothing is recorded.
 *
 * <p>One instance per thread and version, reused across messages: {@link #reset} before each.
 */
final class PathTracker implements ContentHandler {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final ElementPaths paths;
    /**
     * This thread's answers, so the hot path neither allocates lookup keys nor touches the shared memo: owner type
     * path (the same String instances come back from the model) to wire name to step. Names arrive interned.
     */
    private final Map<String, Map<String, Map<String, Optional<Step>>>> children = new IdentityHashMap<>();
    private final Map<String, Map<String, Optional<Step>>> roots = new HashMap<>();
    private final List<String> types = new ArrayList<>();
    private final List<String[]> prefixes = new ArrayList<>();
    private ContentHandler out;
    private Set<String> touched;

    PathTracker(ElementPaths paths) {
        this.paths = paths;
    }

    /** Where events go on to (set once the validator has handed over its handler). */
    void next(ContentHandler next) {
        this.out = next;
    }

    /** Starts a message: events go on to {@code next}, touched paths into {@code sink}. */
    void reset(ContentHandler next, Set<String> sink) {
        this.out = next;
        this.touched = sink;
        types.clear();
        prefixes.clear();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String type = null;
        Optional<Step> step;
        if (types.isEmpty()) {
            step = roots.computeIfAbsent(uri, u -> new HashMap<>())
                    .computeIfAbsent(localName, l -> paths.globalElement(uri, l));
        } else {
            String owner = types.get(types.size() - 1);
            step = owner == null ? Optional.empty() : children.computeIfAbsent(owner, o -> new HashMap<>())
                    .computeIfAbsent(localName, l -> new HashMap<>())
                    .computeIfAbsent(uri, u -> paths.child(owner, u, localName));
        }
        if (step.isPresent()) {
            touched.add(step.get().declaration());
            type = step.get().type();
        }
        String xsiType = atts.getValue(XSI, "type");
        if (xsiType != null) {
            type = resolveType(xsiType.trim()).orElse(type);
        }
        if (type != null) {
            touched.add(type);
            for (int i = 0; i < atts.getLength(); i++) {
                String ns = atts.getURI(i);
                if (!XSI.equals(ns) && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                    String owner = type;
                    paths.attribute(owner, ns, atts.getLocalName(i)).ifPresent(a -> touched.add(a.declaration()));
                }
            }
        }
        types.add(type);
        out.startElement(uri, localName, qName, atts);
    }

    private Optional<String> resolveType(String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? "" : prefixed.substring(0, colon);
        String namespace = colon < 0 ? "" : null;
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            if (prefixes.get(i)[0].equals(prefix)) {
                namespace = prefixes.get(i)[1];
                break;
            }
        }
        return namespace == null ? Optional.empty() : paths.globalType(namespace, prefixed.substring(colon + 1));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        types.remove(types.size() - 1);
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
