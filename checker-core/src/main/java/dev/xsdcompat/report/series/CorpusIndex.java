package dev.xsdcompat.report.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The messages of a recorded corpus, read once. With a {@code corpus.xml} (format {@code urn:xsd-compat:corpus:1},
 * see schemas/webex/README.md) each message carries its API, direction and the versions it is valid in, and the
 * drift pairs are known; without one, every {@code .xml} below the folder (but {@code bad/}) is a message whose
 * API is its folder's name and whose direction is {@code response} when its file name starts so.
 */
public final class CorpusIndex {

    static final String NS = "urn:xsd-compat:corpus:1";

    /** A recorded message. {@code valid} is empty when the corpus does not say. */
    public record Message(String file, List<String> apis, String direction, Set<String> valid, String text) {
    }

    /** A drift pair: two responses to one request, before and after {@code release}. */
    public record Drift(String release, List<String> apis, String request, String before, String after,
            String description) {
    }

    private final Path root;
    private final List<Message> messages;
    private final List<Drift> drifts;

    private CorpusIndex(Path root, List<Message> messages, List<Drift> drifts) {
        this.root = root;
        this.messages = List.copyOf(messages);
        this.drifts = List.copyOf(drifts);
    }

    public static CorpusIndex read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": the corpus is not a folder");
        }
        Path meta = root.resolve("corpus.xml");
        return Files.isRegularFile(meta) ? fromMetadata(root, meta) : fromFolders(root);
    }

    public Path root() {
        return root;
    }

    public List<Message> messages() {
        return messages;
    }

    public List<Drift> drifts() {
        return drifts;
    }

    /** The text of a corpus file (for drift summaries). */
    String text(String file) {
        return readString(root.resolve(file));
    }

    private static CorpusIndex fromMetadata(Path root, Path meta) {
        Element top = parse(readString(meta)).getDocumentElement();
        List<String> versions = words(first(top, "versions"));
        List<Message> messages = new ArrayList<>();
        for (Element e : elements(top, "message")) {
            String file = e.getAttribute("file");
            messages.add(new Message(file, words(e.getAttribute("api")), e.getAttribute("direction"),
                    range(versions, e.getAttribute("valid")), readString(root.resolve(file))));
        }
        List<Drift> drifts = new ArrayList<>();
        for (Element e : elements(top, "drift")) {
            drifts.add(new Drift(e.getAttribute("release"), words(e.getAttribute("api")), e.getAttribute("request"),
                    e.getAttribute("before"), e.getAttribute("after"), e.getTextContent().trim()));
        }
        return new CorpusIndex(root, messages, drifts);
    }

    private static CorpusIndex fromFolders(Path root) {
        List<Message> messages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (!name.toLowerCase(Locale.ROOT).endsWith(".xml") || rel.startsWith("bad/")) {
                    continue;
                }
                String api = p.getParent().equals(root) ? "" : p.getParent().getFileName().toString();
                String direction = name.toLowerCase(Locale.ROOT).startsWith("response") ? "response" : "request";
                messages.add(new Message(rel, api.isEmpty() ? List.of() : List.of(api), direction, Set.of(),
                        readString(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusIndex(root, messages, List.of());
    }

    private static Set<String> range(List<String> versions, String text) {
        Set<String> result = new LinkedHashSet<>();
        for (String item : words(text)) {
            int dots = item.indexOf("..");
            if (dots < 0) {
                result.add(item);
                continue;
            }
            int from = versions.indexOf(item.substring(0, dots));
            int to = versions.indexOf(item.substring(dots + 2));
            if (from >= 0 && to >= from) {
                result.addAll(versions.subList(from, to + 1));
            }
        }
        return Collections.unmodifiableSet(result);
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("cannot parse corpus XML: " + e.getMessage(), e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(NS, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static List<String> words(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
