package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Operations;
import java.nio.file.Path;
import org.xml.sax.ContentHandler;

/**
 * Sits between the parser and the schema validator of one message: it may rewrite SAX events so that the
 * message's payloads can be checked by XML Schema, and reports what it finds. An adapter is immutable and
 * thread-safe; the handlers it gives are not.
 */
public interface EnvelopeAdapter {

    /**
     * Handlers for one message after another on one thread, forwarding (possibly rewritten) events to
     * {@code validator}: a replay of many messages reuses one instead of making a handler per message.
     *
     * @param validator where the events go, normally a {@link javax.xml.validation.ValidatorHandler}
     * @param listener receives problems and mapped payloads
     */
    Handlers handlers(ContentHandler validator, MessageListener listener);

    /** A handler for one message, as {@link Handlers#begin} gives it. */
    default ContentHandler wrap(ContentHandler validator, Path file, MessageListener listener) {
        return handlers(validator, listener).begin(file);
    }

    /** The handlers of one thread: {@link #begin} before each message. */
    interface Handlers {
        /**
         * The handler for the next message; it is valid until the next call.
         *
         * @param file the message file, for messages
         */
        ContentHandler begin(Path file);
    }

    /**
     * Whether the handler passes names on as {@link String#intern() interned} strings whenever it receives them
     * so (every URI, local name, qualified name and prefix it forwards, its own included). The validator then
     * skips interning them again. False unless an adapter promises it: a name that is not interned when the
     * validator believes it is would not be recognised.
     */
    default boolean keepsNamesInterned() {
        return false;
    }

    /**
     * The payloads to validate one by one, each as a document of its own, when this adapter chooses them by an
     * expression over the whole message ({@link #xpath}); empty when the message streams through
     * {@link #handlers} as it is parsed.
     */
    default java.util.Optional<PayloadSelector> payloads() {
        return java.util.Optional.empty();
    }

    /** Validates the document as it is: its root element must be declared by the schema set. */
    static EnvelopeAdapter plain() {
        return PlainEnvelopeAdapter.INSTANCE;
    }

    /**
     * Payloads chosen by an XPath 3.1 expression ({@link PayloadSelector}), each validated as a document: the
     * body of a SOAP envelope, say. Its root element must be declared by the schema set.
     */
    static EnvelopeAdapter xpath(PayloadSelector selector) {
        return new XPathEnvelopeAdapter(selector);
    }

    /**
     * The Webex XML API envelope: {@code serv:message} with one or more {@code bodyContent} payloads selected
     * by {@code xsi:type}. See {@link WebexEnvelopeAdapter}.
     *
     * @param operations maps request {@code xsi:type} strings and response type names to operations
     * @param content the release's content index, used to put unqualified request elements into the
     *     namespace their declaration has
     */
    static EnvelopeAdapter webex(Operations operations, ContentIndex content) {
        return new WebexEnvelopeAdapter(operations, content);
    }
}
