package dev.xsdcompat.replay.engine;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.SideResult;
import dev.xsdcompat.replay.corpus.CorpusMetadata;
import dev.xsdcompat.replay.corpus.MessageMeta;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.replay.envelope.ValidationError;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays one message against both versions on the current thread. One instance per worker thread (it owns a
 * {@link SideValidator} per version); the message's bytes are read once and parsed twice.
 */
final class MessageReplayer {

    private final SideValidator oldSide;
    private final SideValidator newSide;
    private final ReplayVersion oldVersion;
    private final ReplayVersion newVersion;
    private final ChangeIndex changes;
    private final Set<String> touched = new HashSet<>();

    MessageReplayer(ReplayVersion oldVersion, ReplayVersion newVersion, ChangeIndex changes, int maxErrors) {
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
        this.oldSide = new SideValidator(oldVersion, maxErrors);
        this.newSide = new SideValidator(newVersion, maxErrors);
        this.changes = changes;
    }

    MessageResult replay(String file, byte[] bytes, MessageMeta meta) {
        touched.clear();
        SideRun before = oldSide.validate(bytes, file, touched);
        Outcome expected = CorpusMetadata.expected(meta, oldVersion.label(), newVersion.label()).orElse(null);
        if (!before.wellFormed()) {
            SideResult refused = side(before);
            return new MessageResult(file, false, refused.errors().get(0), meta.api(), meta.direction(), refused,
                    refused, Outcome.NOT_WELL_FORMED, expected, List.of());
        }
        SideRun after = newSide.validate(bytes, file, touched);
        List<Payload> payloads = after.payloads().isEmpty() ? before.payloads() : after.payloads();
        String api = apis(payloads, meta.api());
        Direction direction = payloads.isEmpty() ? meta.direction() : payloads.get(0).direction();
        Outcome outcome = Outcome.of(before.valid(), after.valid());
        return new MessageResult(file, true, null, api, direction, side(before), side(after), outcome, expected,
                changes.exercisedBy(touched));
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
