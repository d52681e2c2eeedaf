package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.xml.SecureXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The payloads of a message chosen by an XPath 3.1 expression (Saxon-HE), for envelopes other than Webex's: a SOAP
 * body's child is {@code /soap:Envelope/soap:Body/*}, any envelope's is reachable with wildcards such as
 * {@code /*:Envelope/*:Body/*}. Each selected element is validated as a document of its own. The prefixes
 * {@code soap} (1.1), {@code soap12} and {@code xsi} are declared; any namespace can be named as
 * {@code Q{uri}local}.
 *
 * <p>Compiled once and thread-safe; each thread reads messages with its own {@link #newSelection() selection}.
 */
public final class PayloadSelector {

    private final Processor processor = new Processor(false);
    private final XPathExecutable xpath;
    private final String expression;

    private PayloadSelector(String expression) throws SaxonApiException {
        this.expression = expression;
        // errors come back as exceptions and become findings; Saxon would also print each one to stderr
        processor.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.setLanguageVersion("3.1");
        compiler.declareNamespace("soap", "http://schemas.xmlsoap.org/soap/envelope/");
        compiler.declareNamespace("soap12", "http://www.w3.org/2003/05/soap-envelope");
        compiler.declareNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        this.xpath = compiler.compile(expression);
    }

    /**
     * Compiles the payload expression.
     *
     * @throws IllegalArgumentException when it is not XPath 3.1, with the compiler's reason
     */
    public static PayloadSelector compile(String expression) {
        try {
            return new PayloadSelector(expression);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("payload XPath '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** The expression as given. */
    public String expression() {
        return expression;
    }

    /** A selection for one thread. */
    public Selection newSelection() {
        return new Selection();
    }

    /** What the expression found in one message: its payload elements, or why there are none. */
    public record Found(List<XdmNode> payloads, String problem) {
    }

    /** Reads messages into trees (keeping lines and columns) and applies the expression. Not thread-safe. */
    public final class Selection {
        private final DocumentBuilder builder = processor.newDocumentBuilder();
        private final XMLReader reader = SecureXml.strictReader();

        private Selection() {
            builder.setLineNumbering(true);
            // reused for every message: Saxon would otherwise install its own error handler once and count a
            // broken message's error against every message after it
            reader.setErrorHandler(SecureXml.THROWING);
        }

        /**
         * The payloads of one message.
         *
         * @throws SAXParseException when the message is not well-formed (or has a DOCTYPE, which is refused)
         */
        public Found select(InputSource input) throws SAXParseException {
            XdmNode document;
            try {
                document = builder.build(new SAXSource(reader, input));
            } catch (SaxonApiException e) {
                throw parseError(e, input.getSystemId());
            }
            List<XdmNode> payloads = new ArrayList<>();
            try {
                XPathSelector selector = xpath.load();
                selector.setContextItem(document);
                for (XdmItem item : selector.evaluate()) {
                    XdmNode element = element(item);
                    if (element == null) {
                        return new Found(List.of(), "the payload XPath " + expression + " selects "
                                + describe(item) + ", not an element");
                    }
                    payloads.add(element);
                }
            } catch (SaxonApiException e) {
                return new Found(List.of(), "the payload XPath " + expression + " fails here: " + e.getMessage());
            }
            return payloads.isEmpty()
                    ? new Found(List.of(), "the payload XPath " + expression + " selects nothing in this message")
                    : new Found(List.copyOf(payloads), null);
        }
    }

    /** The element an item stands for: itself, or a document's root element. */
    private static XdmNode element(XdmItem item) {
        if (item instanceof XdmNode node) {
            if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
                return node;
            }
            if (node.getNodeKind() == XdmNodeKind.DOCUMENT) {
                for (XdmNode child : node.children()) {
                    if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                        return child;
                    }
                }
            }
        }
        return null;
    }

    private static String describe(XdmItem item) {
        return item instanceof XdmNode node ? "a " + node.getNodeKind().name().toLowerCase(java.util.Locale.ROOT)
                + " node" : "the value '" + item.getStringValue() + "'";
    }

    /** The parser's own error, with its line and column, however deep Saxon wrapped it. */
    private static SAXParseException parseError(SaxonApiException e, String systemId) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException p) {
                return p;
            }
            if (t instanceof TransformerException te && te.getLocator() != null) {
                SourceLocator at = te.getLocator();
                return new SAXParseException(te.getMessage(), at.getPublicId(), at.getSystemId(),
                        at.getLineNumber(), at.getColumnNumber(), e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new SAXParseException(e.getMessage(), null, systemId, -1, -1, e);
    }
}
