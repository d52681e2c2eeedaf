package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import dev.xsdcompat.xml.SecureXml;

/**
 * Validates message files against one compiled schema set through an {@link EnvelopeAdapter}, streaming.
 * Immutable and thread-safe: every call uses its own parser and {@link ValidatorHandler}.
 *
 * <p>A message that is not well-formed (or has a DOCTYPE, which is refused) gives one error at the place the
 * parser stopped. Several schema errors reported at the same line and column (the JDK often reports a value
 * problem twice) are kept as the first one only.
 */
public final class MessageValidator {

    private final Schema schema;
    private final EnvelopeAdapter adapter;

    public MessageValidator(Schema schema, EnvelopeAdapter adapter) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    /** A validator for the Webex envelope against the release in {@code releaseFolder}. */
    public static MessageValidator webex(Path releaseFolder, Operations operations, SchemaCache cache) {
        return new MessageValidator(cache.schema(releaseFolder),
                EnvelopeAdapter.webex(operations, cache.contentIndex(releaseFolder)));
    }

    /** Validates one message file. */
    public MessageValidation validate(Path file) {
        List<ValidationError> errors = new ArrayList<>();
        List<Payload> payloads = new ArrayList<>();
        MessageListener listener = new MessageListener() {
            @Override
            public void problem(ValidationError error) {
                errors.add(error);
            }

            @Override
            public void payload(Payload payload) {
                payloads.add(payload);
            }
        };
        ValidatorHandler validator = schema.newValidatorHandler();
        refuseExternalAccess(validator);
        validator.setErrorHandler(new Collecting(errors));
        XMLReader reader = SecureXml.strictReader();
        reader.setContentHandler(adapter.wrap(validator, file, listener));
        reader.setErrorHandler(SecureXml.THROWING);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(file.toUri().toString());
            reader.parse(input);
        } catch (StopValidation e) {
            // the adapter has reported why
        } catch (SAXParseException e) {
            errors.add(new ValidationError(e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage() + hint(file, e.getLineNumber())));
        } catch (SAXException e) {
            errors.add(new ValidationError(-1, -1, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            errors.add(new ValidationError(-1, -1, "cannot read: " + e.getMessage()));
        }
        return new MessageValidation(file, firstPerLocation(errors), payloads);
    }

    private static void refuseExternalAccess(ValidatorHandler validator) {
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // the compiled schema is complete; schema location hints in messages are ignored anyway
        }
    }

    private static List<ValidationError> firstPerLocation(List<ValidationError> errors) {
        Set<String> seen = new HashSet<>();
        List<ValidationError> result = new ArrayList<>();
        for (ValidationError error : errors) {
            if (error.line() < 0 || seen.add(error.line() + ":" + error.column())) {
                result.add(error);
            }
        }
        return result;
    }

    /** Names a no-break space on the failing line: a common copy-and-paste accident, invisible in editors. */
    private static String hint(Path file, int line) {
        if (line < 1) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (line <= lines.size() && lines.get(line - 1).indexOf('\u00A0') >= 0) {
                return " (line " + line + " contains a no-break space U+00A0 where XML allows only space, tab,"
                        + " CR or LF)";
            }
        } catch (IOException | RuntimeException e) {
            // no hint then
        }
        return "";
    }

    /** Collects schema errors without stopping. */
    private static final class Collecting implements ErrorHandler {
        private final List<ValidationError> errors;

        Collecting(List<ValidationError> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException exception) {
            // warnings are not findings
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(new ValidationError(exception.getLineNumber(), exception.getColumnNumber(),
                    exception.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
