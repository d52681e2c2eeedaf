package dev.xsdcompat.replay.engine;

import dev.xsdcompat.replay.envelope.MessageListener;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.replay.envelope.SecureXml;
import dev.xsdcompat.replay.envelope.StopValidation;
import dev.xsdcompat.replay.envelope.ValidationError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates messages against one version on one thread: a hardened SAX reader (DOCTYPE refused) feeding the
 * envelope adapter, the {@link PathTracker} and a {@link ValidatorHandler}. Reader, tracker and validator are
 * made once per thread and reused, which is what keeps replay close to a bare JAXP loop. Not thread-safe.
 */
final class SideValidator implements ErrorHandler, MessageListener {

    private final ReplayVersion version;
    private final int maxErrors;
    private final XMLReader reader = SecureXml.xmlReader();
    private final PathTracker tracker;
    private ValidatorHandler validator;

    // per message
    private final List<ValidationError> errors = new ArrayList<>();
    private final Set<String> errorPlaces = new HashSet<>();
    private final List<Payload> payloads = new ArrayList<>();
    private boolean parserFailed;

    SideValidator(ReplayVersion version, int maxErrors) {
        this.version = version;
        this.maxErrors = maxErrors;
        this.tracker = new PathTracker(version.paths());
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not a finding
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                parserFailed = true;
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                parserFailed = true;
                throw e;
            }
        });
    }

    /** Validates one message; the component paths it touches are added to {@code touched}. */
    SideRun validate(byte[] message, String file, Set<String> touched) {
        errors.clear();
        errorPlaces.clear();
        payloads.clear();
        parserFailed = false;
        if (validator == null) {
            validator = newValidator();
        }
        tracker.reset(validator, touched);
        reader.setContentHandler(version.adapter().wrap(tracker, Path.of(file), this));
        boolean clean = false;
        try {
            InputSource input = new InputSource(new ByteArrayInputStream(message));
            input.setSystemId(file);
            reader.parse(input);
            clean = true;
        } catch (StopValidation e) {
            // the adapter has reported why
        } catch (SAXParseException e) {
            ValidationError error = new ValidationError(e.getLineNumber(), e.getColumnNumber(),
                    String.valueOf(e.getMessage()) + hint(message, e.getLineNumber()));
            if (parserFailed) {
                return new SideRun(false, List.of(error), List.of());
            }
            add(error);
        } catch (SAXException | IOException | RuntimeException e) {
            add(new ValidationError(-1, -1, String.valueOf(e.getMessage())));
        }
        if (!clean) {
            validator = null; // a handler left mid-document is not trusted for the next message
        }
        return new SideRun(true, List.copyOf(errors), List.copyOf(payloads));
    }

    private ValidatorHandler newValidator() {
        ValidatorHandler handler = version.schema().newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the compiled schema is complete; location hints in messages are not followed anyway
        }
        handler.setErrorHandler(this);
        return handler;
    }

    private void add(ValidationError error) {
        // The JDK often reports one value problem twice at the same place: keep the first.
        if (errors.size() < maxErrors && (error.line() < 0 || errorPlaces.add(error.line() + ":" + error.column()))) {
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

    /** Names a no-break space on the failing line: a copy-and-paste accident that editors do not show. */
    static String hint(byte[] message, int line) {
        if (line < 1) {
            return "";
        }
        String text = new String(message, StandardCharsets.UTF_8);
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
