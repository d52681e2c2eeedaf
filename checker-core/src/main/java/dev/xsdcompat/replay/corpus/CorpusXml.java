package dev.xsdcompat.replay.corpus;

import dev.xsdcompat.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code corpus.xml} ({@code urn:xsd-compat:corpus:1}, described in schemas/webex/README.md): the version
 * series, one {@code message} per file, {@code drift} pairs. {@code bad} entries name a finding, not a validity
 * range, so they add nothing here: the replay reports what those messages give.
 */
record CorpusXml(List<String> versions, Map<String, MessageMeta> messages, List<DriftPair> drifts,
        List<String> driftReleases) {

    static final String NS = "urn:xsd-compat:corpus:1";

    static CorpusXml parse(InputStream in, String where) {
        Element root;
        try {
            DocumentBuilder builder = SecureXml.strictDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(SecureXml.THROWING);
            root = builder.parse(in, where).getDocumentElement();
        } catch (SAXParseException e) {
            throw new CorpusException(where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new CorpusException(where + ": " + e.getMessage(), e);
        }
        if (!NS.equals(root.getNamespaceURI()) || !"corpus".equals(root.getLocalName())) {
            throw new CorpusException(where + ": expected {" + NS + "}corpus as the root element");
        }
        List<String> versions = new ArrayList<>();
        Map<String, MessageMeta> messages = CorpusMetadata.ordered();
        List<DriftPair> drifts = new ArrayList<>();
        List<String> releases = new ArrayList<>();
        for (Element e : children(root, "versions")) {
            versions.addAll(List.of(e.getTextContent().trim().split("\\s+")));
        }
        for (Element e : children(root, "message")) {
            String file = e.getAttribute("file");
            messages.put(file, new MessageMeta(attr(e, "api"), CorpusMetadata.direction(attr(e, "direction")),
                    attr(e, "recorded"), range(e, "valid", versions, where), range(e, "invalid", versions, where),
                    attr(e, "error")));
        }
        for (Element e : children(root, "drift")) {
            String description = e.getTextContent().trim();
            drifts.add(new DriftPair(attr(e, "api"), attr(e, "request"), attr(e, "before"), attr(e, "after"),
                    attr(e, "release"), description.isEmpty() ? null : description));
            releases.add(e.getAttribute("release"));
        }
        return new CorpusXml(versions, messages, drifts, releases);
    }

    private static Set<String> range(Element e, String name, List<String> versions, String where) {
        return VersionRanges.expand(e.getAttribute(name), versions, where + " (" + e.getAttribute("file") + ")");
    }

    private static String attr(Element e, String name) {
        String value = e.getAttribute(name).trim();
        return value.isEmpty() ? null : value;
    }

    private static List<Element> children(Element root, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
