package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.replay.envelope.ContentIndex.ChildDeclaration;
import dev.xsdcompat.replay.envelope.ContentIndex.TypeHandle;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The SAX filter of {@link WebexEnvelopeAdapter}, for one message after another on one thread ({@link #begin}
 * before each). It keeps its own stacks of open elements and namespace bindings in arrays, so that an element
 * costs no allocation: a replay sends millions of elements through it.
 */
final class WebexRewriter implements ContentHandler, EnvelopeAdapter.Handlers {

    static final String SERVICE_NS = "http://www.webex.com/schemas/2002/06/service";
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,19}");

    private final ContentHandler out;
    private final Operations operations;
    private final ContentIndex content;
    private final MessageListener listener;
    /** Prefix per namespace this filter declares (interned), and qualified names it made: stable across messages. */
    private final Map<String, String> readablePrefixes = new HashMap<>();
    private final Map<String, Map<String, String>> qualifiedNames = new HashMap<>();

    private Path file;
    private Locator locator;
    private boolean rootSeen;
    private int skipDepth;

    // Namespace bindings in scope, innermost last; the first is the built-in xml prefix. own: declared by us.
    private String[] prefixes = new String[16];
    private String[] uris = new String[16];
    private boolean[] own = new boolean[16];
    private int bindings;
    /** Where the bindings announced for the next element start, or -1. */
    private int pending = -1;

    // Open elements as forwarded, innermost last. rewriting: inside a request payload, whose children are bound
    // to their declared namespace; type: the element's complex type when known (request payloads only);
    // childNamespace: for unqualified children no declaration explains; firstBinding: where its bindings start.
    private String[] elementUris = new String[16];
    private String[] localNames = new String[16];
    private String[] qNames = new String[16];
    private boolean[] rewriting = new boolean[16];
    private TypeHandle[] types = new TypeHandle[16];
    private String[] childNamespaces = new String[16];
    private int[] firstBindings = new int[16];
    private int depth;

    WebexRewriter(ContentHandler out, Operations operations, ContentIndex content, MessageListener listener) {
        this.out = out;
        this.operations = operations;
        this.content = content;
        this.listener = listener;
    }

    @Override
    public ContentHandler begin(Path file) {
        this.file = file;
        locator = null;
        rootSeen = false;
        skipDepth = 0;
        Arrays.fill(uris, 0, bindings, null);
        Arrays.fill(prefixes, 0, bindings, null);
        prefixes[0] = XMLConstants.XML_NS_PREFIX;
        uris[0] = XMLConstants.XML_NS_URI;
        own[0] = false;
        bindings = 1;
        pending = -1;
        Arrays.fill(types, 0, depth, null);
        depth = 0;
        return this;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
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
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (pending < 0) {
            pending = bindings;
        }
        bind(prefix, uri, false);
        out.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (skipDepth == 0) {
            out.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        int firstBinding = pending < 0 ? bindings : pending;
        pending = -1;
        if (!rootSeen) {
            rootSeen = true;
            checkRoot(uri, localName);
        }
        int parent = depth - 1;
        if (parent >= 0 && rewriting[parent]) {
            startPayloadChild(parent, uri, localName, qName, atts, firstBinding);
        } else if (parent >= 0 && localNames[parent].equals("body") && localName.equals("bodyContent")
                && (uri.isEmpty() || uri.equals(SERVICE_NS))) {
            if (uri.isEmpty()) {
                startRequestBodyContent(uri, localName, qName, atts, firstBinding);
            } else {
                startResponseBodyContent(uri, localName, qName, atts, firstBinding);
            }
        } else {
            push(uri, localName, qName, false, null, "", firstBinding, atts);
        }
    }

    private void checkRoot(String uri, String localName) throws SAXException {
        if (!(uri.equals(SERVICE_NS) && localName.equals("message"))) {
            String message = "expected the root element {" + SERVICE_NS + "}message but found {" + uri + "}"
                    + localName + " (" + file + ")";
            problem(message);
            throw new StopValidation(message);
        }
    }

    private void startRequestBodyContent(String uri, String localName, String qName, Attributes atts,
            int firstBinding) throws SAXException {
        String xsiType = atts.getValue(XSI_NS, "type");
        if (xsiType == null) {
            problem("request bodyContent has no xsi:type (" + file + ")");
            skipPayload(uri, localName, qName, atts, firstBinding);
            return;
        }
        Optional<Operation> operation = operations.byRequestXsiType(xsiType.trim());
        if (operation.isEmpty()) {
            problem("no schema type for " + xsiType + " (" + file + ")");
            skipPayload(uri, localName, qName, atts, firstBinding);
            return;
        }
        QName type = operation.get().requestXsiTypes().get(xsiType.trim());
        listener.payload(new Payload(operation.get().name(), Direction.REQUEST, type, line(), column()));
        String namespace = type.getNamespaceURI().intern();
        String prefix = prefixFor(namespace);
        AttributesImpl rewritten = new AttributesImpl(atts);
        rewritten.setValue(rewritten.getIndex(XSI_NS, "type"), prefix + ":" + type.getLocalPart());
        TypeHandle handle = content.type(type).orElse(null);
        push(uri, localName, qName, true, handle, namespace, firstBinding, rewritten);
    }

    private void startResponseBodyContent(String uri, String localName, String qName, Attributes atts,
            int firstBinding) throws SAXException {
        String xsiType = atts.getValue(XSI_NS, "type");
        if (xsiType == null) {
            push(uri, localName, qName, false, null, "", firstBinding, atts);
            return;
        }
        Optional<QName> type = resolve(xsiType.trim());
        Optional<Operation> operation = type.flatMap(operations::byResponseRoot);
        if (operation.isEmpty()) {
            String resolved = type.map(t -> " = {" + t.getNamespaceURI() + "}" + t.getLocalPart())
                    .orElse(" (undeclared prefix)");
            problem("no schema type for " + xsiType + resolved + " (" + file + ")");
            skipPayload(uri, localName, qName, atts, firstBinding);
            return;
        }
        listener.payload(new Payload(operation.get().name(), Direction.RESPONSE, type.get(), line(), column()));
        push(uri, localName, qName, false, null, "", firstBinding, atts);
    }

    private void startPayloadChild(int parent, String uri, String localName, String qName, Attributes atts,
            int firstBinding) throws SAXException {
        String inherited = childNamespaces[parent];
        ChildDeclaration declaration = content.childOf(types[parent], localName, uri.isEmpty() ? inherited : uri);
        String newUri = uri;
        TypeHandle type = null;
        if (uri.isEmpty()) {
            newUri = declaration == null ? inherited : declaration.name().getNamespaceURI();
            type = declaration == null ? null : declaration.type();
        } else if (declaration != null && declaration.name().getNamespaceURI().equals(uri)) {
            type = declaration.type();
        }
        String newQName = qName;
        if (!newUri.equals(uri)) {
            // names go on interned (WebexEnvelopeAdapter#keepsNamesInterned): the index's namespaces and the
            // payload's own are, and qualifiedName interns what it makes
            newQName = newUri.isEmpty() ? localName : qualifiedName(prefixFor(newUri), localName);
        }
        push(newUri, localName, newQName, true, type, newUri.isEmpty() ? inherited : newUri, firstBinding, atts);
    }

    /** {@code prefix:localName}, interned, made once per thread. */
    private String qualifiedName(String prefix, String localName) {
        Map<String, String> byLocal = qualifiedNames.computeIfAbsent(prefix, p -> new HashMap<>());
        String made = byLocal.get(localName);
        if (made == null) {
            made = (prefix + ":" + localName).intern();
            byLocal.put(localName, made);
        }
        return made;
    }

    private void skipPayload(String uri, String localName, String qName, Attributes atts, int firstBinding)
            throws SAXException {
        AttributesImpl stripped = new AttributesImpl(atts);
        int index = stripped.getIndex(XSI_NS, "type");
        if (index >= 0) {
            stripped.removeAttribute(index);
        }
        push(uri, localName, qName, false, null, "", firstBinding, stripped);
        skipDepth = 1;
    }

    private void push(String uri, String localName, String qName, boolean rewrite, TypeHandle type,
            String childNamespace, int firstBinding, Attributes atts) throws SAXException {
        if (depth == localNames.length) {
            int n = depth * 2;
            elementUris = Arrays.copyOf(elementUris, n);
            localNames = Arrays.copyOf(localNames, n);
            qNames = Arrays.copyOf(qNames, n);
            rewriting = Arrays.copyOf(rewriting, n);
            types = Arrays.copyOf(types, n);
            childNamespaces = Arrays.copyOf(childNamespaces, n);
            firstBindings = Arrays.copyOf(firstBindings, n);
        }
        elementUris[depth] = uri;
        localNames[depth] = localName;
        qNames[depth] = qName;
        rewriting[depth] = rewrite;
        types[depth] = type;
        childNamespaces[depth] = childNamespace;
        firstBindings[depth] = firstBinding;
        depth++;
        out.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skipDepth > 1) {
            skipDepth--;
            return;
        }
        skipDepth = 0;
        int top = --depth;
        out.endElement(elementUris[top], localNames[top], qNames[top]);
        types[top] = null;
        int first = firstBindings[top];
        for (int i = first; i < bindings; i++) {
            if (own[i]) {
                out.endPrefixMapping(prefixes[i]);
            }
            prefixes[i] = null;
            uris[i] = null;
        }
        bindings = first;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            out.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            out.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (skipDepth == 0) {
            out.processingInstruction(target, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (skipDepth == 0) {
            out.skippedEntity(name);
        }
    }

    /** A prefix bound to {@code namespace} here, declaring a fresh one (ended with its element) if needed. */
    private String prefixFor(String namespace) throws SAXException {
        String existing = prefixOf(namespace);
        if (existing != null) {
            return existing;
        }
        String base = readablePrefixes.computeIfAbsent(namespace, n -> readablePrefix(n).intern());
        String prefix = base;
        for (int n = 1; uriOf(prefix) != null; n++) {
            prefix = (base + n).intern(); // names go on interned (WebexEnvelopeAdapter#keepsNamesInterned)
        }
        bind(prefix, namespace, true);
        out.startPrefixMapping(prefix, namespace);
        return prefix;
    }

    private void bind(String prefix, String uri, boolean ours) {
        if (bindings == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, bindings * 2);
            uris = Arrays.copyOf(uris, bindings * 2);
            own = Arrays.copyOf(own, bindings * 2);
        }
        prefixes[bindings] = prefix;
        uris[bindings] = uri;
        own[bindings] = ours;
        bindings++;
    }

    /** The namespace a prefix is bound to in scope, or null (an undeclared prefix, or the default undeclared). */
    private String uriOf(String prefix) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return uris[i].isEmpty() ? null : uris[i];
            }
        }
        return null;
    }

    /** A non-empty prefix bound to {@code namespace} in scope (the innermost declared), or null. */
    private String prefixOf(String namespace) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (uris[i].equals(namespace) && !prefixes[i].isEmpty() && namespace.equals(uriOf(prefixes[i]))) {
                return prefixes[i];
            }
        }
        return null;
    }

    /** The namespace's last path segment when it is a plain word ("user" for .../service/user), else "ns". */
    private static String readablePrefix(String namespace) {
        String last = namespace.substring(namespace.lastIndexOf('/') + 1);
        return PLAIN_WORD.matcher(last).matches() && !last.toLowerCase(java.util.Locale.ROOT).startsWith("xml")
                ? last : "ns";
    }

    private Optional<QName> resolve(String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? "" : prefixed.substring(0, colon);
        String namespace = uriOf(prefix);
        if (namespace == null && !prefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QName(namespace == null ? "" : namespace, prefixed.substring(colon + 1)));
    }

    private void problem(String message) {
        listener.problem(new ValidationError(line(), column(), message));
    }

    private int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }
}
