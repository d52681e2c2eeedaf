package dev.xsdcompat.replay.engine;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.SideResult;
import dev.xsdcompat.replay.corpus.CorpusMetadata;
import dev.xsdcompat.replay.corpus.MessageMeta;
import dev.xsdcompat.replay.envelope.NodeEvents;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.replay.envelope.PayloadSelector;
import dev.xsdcompat.replay.envelope.ValidationError;
import dev.xsdcompat.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Replays one message against both versions on the current thread. One instance per worker thread: it owns one
 * hardened SAX reader (DOCTYPE refused) and a {@link SideValidator} per version; the message is parsed once and
 * the {@link Tee} hands every event to both versions' adapter, tracker and validator (each version's validator
 * runs around the parse: see {@link SideValidator#validate}).
 */
final class MessageReplayer {

    private final SideValidator oldSide;
    private final SideValidator newSide;
    private final ReplayVersion oldVersion;
    private final ReplayVersion newVersion;
    private final Set<String> exercised = new HashSet<>();
    private final XMLReader reader = SecureXml.strictReader();
    private final Tee tee;
    /** This thread's payload selection, when the adapter chooses payloads by an expression; else null. */
    private final PayloadSelector.Selection selection;
    private boolean parserFailed;
    private static final int INITIAL_BUFFER = 16 << 10;
    private static final int KEPT_BUFFER = 1 << 20;
    private byte[] buffer = new byte[INITIAL_BUFFER];

    MessageReplayer(ReplayVersion oldVersion, ReplayVersion newVersion, ChangeIndex changes, int maxErrors) {
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.oldSide = new SideValidator(oldVersion, changes, maxErrors);
        this.newSide = new SideValidator(newVersion, changes, maxErrors);
        this.tee = new Tee(oldSide, newSide);
        this.selection = oldVersion.adapter().payloads().map(PayloadSelector::newSelection).orElse(null);
        reader.setContentHandler(tee);
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

    /**
     * Parses the message once for both versions. A branch that stopped early keeps the verdict it had then; when
     * the parser refuses the document, every branch still listening is told, as its own parse would have been.
     */
    private SideRun[] validateBoth(byte[] bytes, int length, String file) {
        exercised.clear();
        parserFailed = false;
        Path path = Path.of(file);
        tee.reset(oldSide.begin(path, exercised), newSide.begin(path, exercised), bytes, length);
        try {
            InputSource input = new InputSource(new ByteArrayInputStream(bytes, 0, length));
            input.setSystemId(file);
            // each version's validator wraps the rest of the pass; the innermost runs the one real parse
            oldSide.validate(input, in -> newSide.validate(in, reader::parse));
        } catch (Tee.AllStopped e) {
            // each branch has its verdict
        } catch (SAXParseException e) {
            ValidationError error = SideValidator.located(e, bytes, length);
            if (parserFailed) {
                return new SideRun[] {
                    tee.firstListening() ? oldSide.notWellFormed(error) : oldSide.finish(),
                    tee.secondListening() ? newSide.notWellFormed(error) : newSide.finish()};
            }
            stopListening(e, bytes, length);
        } catch (SAXException | IOException | RuntimeException e) {
            stopListening(e, bytes, length);
        }
        return new SideRun[] {oldSide.finish(), newSide.finish()};
    }

    /** The parse itself failed (not a branch): every branch still listening gets the error, as before. */
    private void stopListening(Exception e, byte[] bytes, int length) {
        if (tee.firstListening()) {
            oldSide.stopped(e, bytes, length);
        }
        if (tee.secondListening()) {
            newSide.stopped(e, bytes, length);
        }
    }

    /**
     * Reads a message into this thread's buffer (reused: no allocation per message), at most {@code max + 1}
     * bytes; the number read. A buffer grown for an unusually large message is dropped afterwards.
     */
    int read(InputStream in, long max) throws IOException {
        if (buffer.length > KEPT_BUFFER) {
            buffer = new byte[INITIAL_BUFFER];
        }
        long limit = max + 1;
        int n = 0;
        while (n < limit) {
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit, buffer.length * 2L));
            }
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /** Replays the message {@link #read} just read. */
    MessageResult replayRead(String file, int length, MessageMeta meta) {
        return replay(file, buffer, length, meta);
    }

    /**
     * Validates each payload the adapter's expression selects, one by one, each as a document; the message is
     * parsed once into a tree, and each payload's events are teed to both versions as a parse's would be. A
     * message the expression finds no payload in is invalid in both, with the reason.
     */
    private SideRun[] validatePayloads(byte[] bytes, int length, String file) {
        exercised.clear();
        InputSource input = new InputSource(new ByteArrayInputStream(bytes, 0, length));
        input.setSystemId(file);
        PayloadSelector.Found found;
        try {
            found = selection.select(input);
        } catch (SAXParseException e) {
            ValidationError error = SideValidator.located(e, bytes, length);
            return new SideRun[] {oldSide.notWellFormed(error), newSide.notWellFormed(error)};
        }
        if (found.problem() != null) {
            SideRun none = new SideRun(true, List.of(new ValidationError(-1, -1, found.problem())), List.of());
            return new SideRun[] {none, none};
        }
        Path path = Path.of(file);
        for (int i = 0; i < found.payloads().size(); i++) {
            XdmNode payload = found.payloads().get(i);
            ContentHandler first = i == 0 ? oldSide.begin(path, exercised) : oldSide.resume(path, exercised);
            ContentHandler second = i == 0 ? newSide.begin(path, exercised) : newSide.resume(path, exercised);
            tee.reset(first, second, bytes, length);
            try {
                oldSide.validate(input, in -> newSide.validate(in, x -> NodeEvents.emit(payload, file, tee)));
            } catch (Tee.AllStopped e) {
                // each branch has its verdict for this payload
            } catch (SAXException | IOException | RuntimeException e) {
                stopListening(e, bytes, length);
            }
        }
        return new SideRun[] {oldSide.finish(), newSide.finish()};
    }

    MessageResult replay(String file, byte[] bytes, int length, MessageMeta meta) {
        SideRun[] runs = selection == null ? validateBoth(bytes, length, file) : validatePayloads(bytes, length, file);
        SideRun before = runs[0];
        Outcome expected = CorpusMetadata.expected(meta, oldVersion.label(), newVersion.label()).orElse(null);
        if (!before.wellFormed()) {
            SideResult refused = side(before);
            return new MessageResult(file, false, refused.errors().get(0), meta.api(), meta.direction(), refused,
                    refused, Outcome.NOT_WELL_FORMED, expected, List.of());
        }
        SideRun after = runs[1];
        List<Payload> payloads = after.payloads().isEmpty() ? before.payloads() : after.payloads();
        String api = apis(payloads, meta.api());
        Direction direction = payloads.isEmpty() ? meta.direction() : payloads.get(0).direction();
        Outcome outcome = Outcome.of(before.valid(), after.valid());
        return new MessageResult(file, true, null, api, direction, side(before), side(after), outcome, expected,
                ChangeIndex.sorted(exercised));
    }

    /** A message that could not be read at all. */
    static MessageResult unreadable(String file, String problem, MessageMeta meta) {
        SideResult side = new SideResult(false, List.of(problem));
        return new MessageResult(file, false, problem, meta.api(), meta.direction(), side, side,
                Outcome.NOT_WELL_FORMED, null, List.of());
    }

    private static String apis(List<Payload> payloads, String fallback) {
        if (payloads.isEmpty()) {
            return fallback;
        }
        Set<String> names = new LinkedHashSet<>();
        payloads.forEach(p -> names.add(p.api()));
        return String.join(" ", names);
    }

    private static SideResult side(SideRun run) {
        if (run.valid()) {
            return SideResult.VALID;
        }
        return new SideResult(false, run.errors().stream().map(MessageReplayer::format).toList());
    }

    /** {@code line N col M: message}: the file is in the result already. */
    static String format(ValidationError e) {
        return e.line() < 0 ? e.message() : "line " + e.line() + " col " + e.column() + ": " + e.message();
    }
}
