package dev.xsdcompat.replay.engine;

import dev.xsdcompat.replay.envelope.EnvelopeAdapter;
import dev.xsdcompat.replay.envelope.MessageListener;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.replay.envelope.StopValidation;
import dev.xsdcompat.replay.envelope.ValidationError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates messages against one version on one thread: one branch of the {@link MessageReplayer}'s single SAX
 * pass, the envelope adapter feeding the {@link PathTracker} feeding the schema validator. Tracker and
 * validator are made once per thread and reused; the parser is shared with the other version's branch, so each
 * message is parsed once for both. Not thread-safe.
 *
 * <p>The validator is a {@link Validator} given a {@link SAXSource} whose reader is this branch's {@link Feed}:
 * the validator hands the feed its content handler and asks it to parse, and the feed runs the rest of the pass
 * (the other branch, then the one real parse). Unlike a bare {@code ValidatorHandler}, a validator driven this
 * way asks its reader whether names arrive interned and, when they do (the JDK parser's do, and the adapters
 * keep them so: {@link dev.xsdcompat.replay.envelope.EnvelopeAdapter#keepsNamesInterned}), skips looking every
 * element and attribute name up again in its own symbol table.
 *
 * <p>Per message: {@link #begin} gives the branch's first handler; {@link #validate} runs the pass; events go
 * to the first handler until the branch
 * {@link #stopped} (its adapter or validator threw: the parse goes on for the other branch) or the document ends;
 * {@link #finish} or {@link #notWellFormed} then gives the verdict.
 */
final class SideValidator implements ErrorHandler, MessageListener {

    private final ReplayVersion version;
    private final int maxErrors;
    private final PathTracker tracker;
    private final EnvelopeAdapter.Handlers adapter;
    private final Feed feed;
    private Validator validator;

    // per message
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<Long> errorPlaces = new HashSet<>();
    private final List<Payload> payloads = new ArrayList<>();
    private boolean clean;

    SideValidator(ReplayVersion version, ChangeIndex changes, int maxErrors) {
        this.version = version;
        this.maxErrors = maxErrors;
        this.tracker = new PathTracker(version.paths(), changes);
        this.adapter = version.adapter().handlers(tracker, this);
        this.feed = new Feed(version.adapter().keepsNamesInterned());
    }

    /** What runs inside this branch's validation: the rest of the single pass. */
    interface Pass {
        void run(InputSource input) throws SAXException, IOException;
    }

    /**
     * Validates the message this branch {@link #begin began}: the validator installs its handler at the end of
     * this branch's chain and calls {@code inner}, which must produce the message's events (the real parse, or
     * the other branch's validation around it). Whatever {@code inner} throws comes out here unchanged.
     */
    void validate(InputSource input, Pass inner) throws SAXException, IOException {
        feed.inner = inner;
        try {
            validator.validate(new SAXSource(feed, input));
        } finally {
            feed.inner = null;
        }
    }

    /** Starts a message: the handler its events go to; the changes it exercises are added to {@code exercised}. */
    ContentHandler begin(Path file, Set<String> exercised) {
        errors.clear();
        errorPlaces.clear();
        payloads.clear();
        clean = true;
        if (validator == null) {
            validator = newValidator();
        }
        tracker.reset(null, exercised); // the validator's handler arrives through the feed
        return adapter.begin(file);
    }

    /**
     * Starts the next payload of the message {@link #begin began} (payloads an expression chose are validated
     * one by one): the errors so far stay, a validator left mid-document by the previous payload is replaced.
     */
    ContentHandler resume(Path file, Set<String> exercised) {
        if (!clean) {
            validator = null;
            clean = true;
        }
        if (validator == null) {
            validator = newValidator();
        }
        tracker.reset(null, exercised);
        return adapter.begin(file);
    }

    /** The branch's handlers threw {@code e}: it hears no more of this message. */
    void stopped(Exception e, byte[] message, int length) {
        clean = false;
        if (e instanceof StopValidation) {
            return; // the adapter has reported why
        }
        if (e instanceof SAXParseException p) {
            add(located(p, message, length));
        } else {
            add(new ValidationError(-1, -1, String.valueOf(e.getMessage())));
        }
    }

    /** The parser refused the document while this branch was listening. */
    SideRun notWellFormed(ValidationError error) {
        validator = null; // a handler left mid-document is not trusted for the next message
        return new SideRun(false, List.of(error), List.of());
    }

    /** The verdict once the parse is over (or the branch stopped). */
    SideRun finish() {
        if (!clean) {
            validator = null; // a handler left mid-document is not trusted for the next message
        }
        return new SideRun(true, errors.isEmpty() ? List.of() : List.copyOf(errors),
                payloads.isEmpty() ? List.of() : List.copyOf(payloads));
    }

    private Validator newValidator() {
        Validator handler = version.schema().newValidator();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the compiled schema is complete; location hints in messages are not followed anyway
        }
        handler.setErrorHandler(this);
        return handler;
    }

    /**
     * The "reader" of this branch's {@link SAXSource}: it takes the validator's content handler into the tracker
     * and, asked to parse, runs the pass it was given. Handlers the validator offers for errors, entities and DTD
     * events are not needed: the real reader reports its own errors and refuses any DOCTYPE.
     */
    private final class Feed implements XMLReader {
        private static final String STRING_INTERNING = "http://xml.org/sax/features/string-interning";
        private static final String NAMESPACES = "http://xml.org/sax/features/namespaces";
        private static final String NAMESPACE_PREFIXES = "http://xml.org/sax/features/namespace-prefixes";

        private final boolean interned;
        private Pass inner;
        private ContentHandler handler;
        private ErrorHandler errorHandler;
        private EntityResolver entityResolver;
        private DTDHandler dtdHandler;

        Feed(boolean interned) {
            this.interned = interned;
        }

        @Override
        public boolean getFeature(String name) throws SAXNotRecognizedException {
            return switch (name) {
                case STRING_INTERNING -> interned;
                case NAMESPACES -> true;
                case NAMESPACE_PREFIXES -> false;
                default -> throw new SAXNotRecognizedException(name);
            };
        }

        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException {
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException {
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException {
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public void setEntityResolver(EntityResolver resolver) {
            this.entityResolver = resolver;
        }

        @Override
        public EntityResolver getEntityResolver() {
            return entityResolver;
        }

        @Override
        public void setDTDHandler(DTDHandler handler) {
            this.dtdHandler = handler;
        }

        @Override
        public DTDHandler getDTDHandler() {
            return dtdHandler;
        }

        @Override
        public void setContentHandler(ContentHandler handler) {
            this.handler = handler;
            tracker.next(handler);
        }

        @Override
        public ContentHandler getContentHandler() {
            return handler;
        }

        @Override
        public void setErrorHandler(ErrorHandler handler) {
            this.errorHandler = handler;
        }

        @Override
        public ErrorHandler getErrorHandler() {
            return errorHandler;
        }

        @Override
        public void parse(InputSource input) throws IOException, SAXException {
            inner.run(input);
        }

        @Override
        public void parse(String systemId) throws IOException, SAXException {
            parse(new InputSource(systemId));
        }
    }

    private void add(ValidationError error) {
        // The JDK often reports one value problem twice at the same place: keep the first.
        if (errors.size() < maxErrors
                && (error.line() < 0 || errorPlaces.add(((long) error.line() << 32) | (error.column() & 0xffffffffL)))) {
            errors.add(error);
        }
    }

    @Override
    public void problem(ValidationError error) {
        add(error);
    }

    @Override
    public void payload(Payload payload) {
        payloads.add(payload);
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings are not findings
    }

    @Override
    public void error(SAXParseException e) {
        add(new ValidationError(e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage())));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    /** A parser's or validator's error at its line and column, with the no-break-space {@link #hint}. */
    static ValidationError located(SAXParseException e, byte[] message, int length) {
        return new ValidationError(e.getLineNumber(), e.getColumnNumber(),
                String.valueOf(e.getMessage()) + hint(message, length, e.getLineNumber()));
    }

    /** Names a no-break space on the failing line: a copy-and-paste accident that editors do not show. */
    static String hint(byte[] message, int length, int line) {
        if (line < 1) {
            return "";
        }
        String text = new String(message, 0, length, StandardCharsets.UTF_8);
        int start = 0;
        for (int n = 1; n < line && start >= 0; n++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return "";
        }
        int end = text.indexOf('\n', start);
        String row = text.substring(start, end < 0 ? text.length() : end);
        return row.indexOf('\u00A0') >= 0 ? " (line " + line + " contains a no-break space U+00A0 where XML allows"
                + " only space, tab, CR or LF)" : "";
    }
}
