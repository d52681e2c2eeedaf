package dev.xsdcompat.replay.drift;

import dev.xsdcompat.replay.DriftDifference;
import dev.xsdcompat.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * Compares two recorded responses to the same request with XMLUnit and lists how they differ. "Similar" is the
 * bar, not "identical": whitespace-only text, comments and namespace prefixes do not count, and siblings are
 * matched by name and text first, then by name, so a reordering does not count either (both responses passed
 * their version's schema, so any order they show is one the schema allows).
 *
 * <p>Ignored paths (ids, timestamps) are XPath 1.0 expressions over local names, e.g.
 * {@code //*[local-name()='confID']}; a bare name such as {@code confID} is short for every element and
 * attribute with that local name. Matching nodes and everything below them are left out on both sides.
 * Immutable and thread-safe; documents are parsed with DOCTYPEs refused.
 */
public final class ResponseComparer {

    /** Beyond this many differences a pair is cut short: the first ones say what happened. */
    public static final int MAX_DIFFERENCES = 50;

    private final List<String> ignoredPaths;

    public ResponseComparer(List<String> ignoredPaths) {
        this.ignoredPaths = ignoredPaths.stream().map(ResponseComparer::expand).toList();
    }

    /** The differences between {@code before} and {@code after}; empty when they are similar. */
    public List<DriftDifference> compare(InputStream before, String beforeName, InputStream after, String afterName)
            throws IOException {
        Document control = parse(before, beforeName);
        Document test = parse(after, afterName);
        // Ignored nodes are removed from both trees before comparing: XMLUnit copies the documents when it strips
        // whitespace, so a filter keyed on these node objects would never match.
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        for (String path : ignoredPaths) {
            remove(xpath.selectNodes(path, new DOMSource(control)));
            remove(xpath.selectNodes(path, new DOMSource(test)));
        }
        Diff diff = DiffBuilder.compare(control).withTest(test)
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndText, ElementSelectors.byName))
                .build();
        List<DriftDifference> result = new ArrayList<>();
        for (Difference d : diff.getDifferences()) {
            if (result.size() == MAX_DIFFERENCES) {
                break;
            }
            Comparison c = d.getComparison();
            if (c.getType() == ComparisonType.CHILD_NODELIST_LENGTH) {
                continue; // implied by the CHILD_LOOKUP differences that name the nodes
            }
            String where = c.getControlDetails().getXPath() != null ? c.getControlDetails().getXPath()
                    : c.getTestDetails().getXPath();
            result.add(new DriftDifference(where, c.getType().name(), value(c, c.getControlDetails()),
                    value(c, c.getTestDetails())));
        }
        return result;
    }

    private static void remove(Iterable<Node> nodes) {
        List<Node> all = new ArrayList<>();
        nodes.forEach(all::add);
        for (Node n : all) {
            if (n instanceof Attr a) {
                if (a.getOwnerElement() != null) {
                    a.getOwnerElement().removeAttributeNode(a);
                }
            } else if (n.getParentNode() != null) {
                n.getParentNode().removeChild(n);
            }
        }
    }

    /**
     * What a side shows: the value XMLUnit compared, except for a node present on one side only, where the
     * node's text says more than its name ({@code 000015} rather than {@code exceptionID}).
     */
    private static String value(Comparison c, Comparison.Detail detail) {
        if (c.getType() == ComparisonType.CHILD_LOOKUP && detail.getTarget() != null) {
            Node n = detail.getTarget();
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE
                    || (n.getNodeType() == Node.ELEMENT_NODE && !hasElementChildren(n))) {
                return n.getTextContent().trim();
            }
        }
        Object v = detail.getValue();
        return v == null ? null : v.toString();
    }

    private static boolean hasElementChildren(Node n) {
        for (Node child = n.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static String expand(String path) {
        String p = path.trim();
        if (p.matches("[A-Za-z_][\\w.\\-]*")) {
            return "//*[local-name()='" + p + "'] | //@*[local-name()='" + p + "']";
        }
        return p;
    }

    private static Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilder builder = SecureXml.strictDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(SecureXml.THROWING);
            return builder.parse(in, name);
        } catch (SAXException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
