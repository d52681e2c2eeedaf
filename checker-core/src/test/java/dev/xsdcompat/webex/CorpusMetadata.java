package dev.xsdcompat.webex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads schemas/webex/corpus/corpus.xml (format described in schemas/webex/README.md). */
public final class CorpusMetadata {

    static final String NS = "urn:xsd-compat:corpus:1";

    /** One recorded message. */
    public record Message(String file, List<String> apis, String direction, String recorded, Set<String> valid,
            Set<String> invalid, String error) {
    }

    /** A behaviour change: two responses to one request, recorded before and after {@code release}. */
    public record Drift(String release, List<String> apis, String request, String before, String after,
            String description) {
    }

    /** A bad message and the finding it must give. */
    public record Bad(String file, String version, String finding, String description) {
    }

    public final List<String> versions;
    public final List<Message> messages = new ArrayList<>();
    public final List<Drift> drifts = new ArrayList<>();
    public final List<Bad> bad = new ArrayList<>();

    private CorpusMetadata(Element root) {
        versions = List.of(root.getElementsByTagNameNS(NS, "versions").item(0).getTextContent().trim().split("\\s+"));
        for (Element e : elements(root, "message")) {
            messages.add(new Message(e.getAttribute("file"), words(e.getAttribute("api")), e.getAttribute("direction"),
                    e.getAttribute("recorded"), range(e.getAttribute("valid")), range(e.getAttribute("invalid")),
                    e.getAttribute("error")));
        }
        for (Element e : elements(root, "drift")) {
            drifts.add(new Drift(e.getAttribute("release"), words(e.getAttribute("api")), e.getAttribute("request"),
                    e.getAttribute("before"), e.getAttribute("after"), e.getTextContent().trim()));
        }
        for (Element e : elements(root, "bad")) {
            bad.add(new Bad(e.getAttribute("file"), e.getAttribute("version"), e.getAttribute("finding"),
                    e.getTextContent().trim()));
        }
    }

    private static volatile CorpusMetadata instance;

    public static CorpusMetadata load() {
        if (instance == null) {
            instance = read(WebexSeries.corpus().resolve("corpus.xml"));
        }
        return instance;
    }

    static CorpusMetadata read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new CorpusMetadata(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** "a..b c" into the set of versions it names, in series order. */
    Set<String> range(String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String item : words(text)) {
            int dots = item.indexOf("..");
            if (dots < 0) {
                require(item);
                result.add(item);
            } else {
                int from = require(item.substring(0, dots));
                int to = require(item.substring(dots + 2));
                result.addAll(versions.subList(from, to + 1));
            }
        }
        return result;
    }

    private int require(String version) {
        int index = versions.indexOf(version);
        if (index < 0) {
            throw new IllegalArgumentException("unknown version " + version);
        }
        return index;
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
