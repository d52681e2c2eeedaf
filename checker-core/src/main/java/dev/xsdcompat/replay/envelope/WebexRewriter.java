package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.replay.envelope.ContentIndex.ChildDeclaration;
import dev.xsdcompat.replay.envelope.ContentIndex.TypeHandle;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.NamespaceSupport;

/** The per-message SAX filter of {@link WebexEnvelopeAdapter}. Not thread-safe; one instance per message. */
final class WebexRewriter implements ContentHandler {

    static final String SERVICE_NS = "http://www.webex.com/schemas/2002/06/service";
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,19}");

    private final ContentHandler out;
    private final Operations operations;
    private final ContentIndex content;
    private final Path file;
    private final MessageListener listener;

    private final NamespaceSupport namespaces = new NamespaceSupport();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private Locator locator;
    private boolean rootSeen;
    private int skipDepth;

    /**
     * One open element as forwarded.
     *
     * @param rewriting true inside a request payload: children are bound to their declared namespace
     * @param type the element's complex type when known (request payloads only)
     * @param childNamespace namespace for unqualified children that no declaration explains
     * @param ownPrefixes prefixes this filter declared at this element
     */
    private record Frame(String uri, String localName, String qName, boolean rewriting, TypeHandle type,
            String childNamespace, List<String> ownPrefixes) {
    }

    WebexRewriter(ContentHandler out, Operations operations, ContentIndex content, Path file,
            MessageListener listener) {
        this.out = out;
        this.operations = operations;
        this.content = content;
        this.file = file;
        this.listener = listener;
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
        pendingPrefixes.add(new String[] {prefix, uri});
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
        namespaces.pushContext();
        for (String[] mapping : pendingPrefixes) {
            namespaces.declarePrefix(mapping[0], mapping[1]);
        }
        pendingPrefixes.clear();
        if (!rootSeen) {
            rootSeen = true;
            checkRoot(uri, localName);
        }
        Frame parent = frames.peek();
        if (parent != null && parent.rewriting()) {
            startPayloadChild(parent, uri, localName, qName, atts);
        } else if (parent != null && parent.localName().equals("body") && localName.equals("bodyContent")
                && (uri.isEmpty() || uri.equals(SERVICE_NS))) {
            if (uri.isEmpty()) {
                startRequestBodyContent(uri, localName, qName, atts);
            } else {
                startResponseBodyContent(uri, localName, qName, atts);
            }
        } else {
            push(new Frame(uri, localName, qName, false, null, "", List.of()), atts);
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

    private void startRequestBodyContent(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        String xsiType = atts.getValue(XSI_NS, "type");
        if (xsiType == null) {
            problem("request bodyContent has no xsi:type (" + file + ")");
            skipPayload(uri, localName, qName, atts);
            return;
        }
        Optional<Operation> operation = operations.byRequestXsiType(xsiType.trim());
        if (operation.isEmpty()) {
            problem("no schema type for " + xsiType + " (" + file + ")");
            skipPayload(uri, localName, qName, atts);
            return;
        }
        QName type = operation.get().requestXsiTypes().get(xsiType.trim());
        listener.payload(new Payload(operation.get().name(), Direction.REQUEST, type, line(), column()));
        List<String> own = new ArrayList<>();
        String prefix = prefixFor(type.getNamespaceURI(), own);
        AttributesImpl rewritten = new AttributesImpl(atts);
        rewritten.setValue(rewritten.getIndex(XSI_NS, "type"), prefix + ":" + type.getLocalPart());
        TypeHandle handle = content.type(type).orElse(null);
        push(new Frame(uri, localName, qName, true, handle, type.getNamespaceURI(), own), rewritten);
    }

    private void startResponseBodyContent(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        String xsiType = atts.getValue(XSI_NS, "type");
        if (xsiType == null) {
            push(new Frame(uri, localName, qName, false, null, "", List.of()), atts);
            return;
        }
        Optional<QName> type = resolve(xsiType.trim());
        Optional<Operation> operation = type.flatMap(operations::byResponseRoot);
        if (operation.isEmpty()) {
            String resolved = type.map(t -> " = {" + t.getNamespaceURI() + "}" + t.getLocalPart())
                    .orElse(" (undeclared prefix)");
            problem("no schema type for " + xsiType + resolved + " (" + file + ")");
            skipPayload(uri, localName, qName, atts);
            return;
        }
        listener.payload(new Payload(operation.get().name(), Direction.RESPONSE, type.get(), line(), column()));
        push(new Frame(uri, localName, qName, false, null, "", List.of()), atts);
    }

    private void startPayloadChild(Frame parent, String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        String preferred = uri.isEmpty() ? parent.childNamespace() : uri;
        Optional<ChildDeclaration> declaration = content.child(parent.type(), localName, preferred);
        String newUri = uri;
        TypeHandle type = null;
        if (uri.isEmpty()) {
            newUri = declaration.map(d -> d.name().getNamespaceURI()).orElse(parent.childNamespace());
            type = declaration.map(ChildDeclaration::type).orElse(null);
        } else if (declaration.isPresent() && declaration.get().name().getNamespaceURI().equals(uri)) {
            type = declaration.get().type();
        }
        List<String> own = List.of();
        String newQName = qName;
        if (!newUri.equals(uri)) {
            newUri = newUri.intern(); // names go on interned (WebexEnvelopeAdapter#keepsNamesInterned)
            if (newUri.isEmpty()) {
                newQName = localName;
            } else {
                own = new ArrayList<>(1);
                newQName = (prefixFor(newUri, own) + ":" + localName).intern();
            }
        }
        String childNamespace = newUri.isEmpty() ? parent.childNamespace() : newUri;
        push(new Frame(newUri, localName, newQName, true, type, childNamespace, own), atts);
    }

    private void skipPayload(String uri, String localName, String qName, Attributes atts) throws SAXException {
        AttributesImpl stripped = new AttributesImpl(atts);
        int index = stripped.getIndex(XSI_NS, "type");
        if (index >= 0) {
            stripped.removeAttribute(index);
        }
        push(new Frame(uri, localName, qName, false, null, "", List.of()), stripped);
        skipDepth = 1;
    }

    private void push(Frame frame, Attributes atts) throws SAXException {
        frames.push(frame);
        out.startElement(frame.uri(), frame.localName(), frame.qName(), atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skipDepth > 1) {
            skipDepth--;
            return;
        }
        skipDepth = 0;
        Frame frame = frames.pop();
        out.endElement(frame.uri(), frame.localName(), frame.qName());
        for (String prefix : frame.ownPrefixes()) {
            out.endPrefixMapping(prefix);
        }
        namespaces.popContext();
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

    /** A prefix bound to {@code namespace} here, declaring a fresh one (recorded in {@code own}) if needed. */
    private String prefixFor(String namespace, List<String> own) throws SAXException {
        String existing = namespaces.getPrefix(namespace);
        if (existing != null) {
            return existing;
        }
        String base = readablePrefix(namespace);
        String prefix = base;
        for (int n = 1; namespaces.getURI(prefix) != null; n++) {
            prefix = base + n;
        }
        prefix = prefix.intern(); // names go on interned (WebexEnvelopeAdapter#keepsNamesInterned)
        namespace = namespace.intern();
        namespaces.declarePrefix(prefix, namespace);
        out.startPrefixMapping(prefix, namespace);
        own.add(prefix);
        return prefix;
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
        String namespace = namespaces.getURI(prefix);
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
