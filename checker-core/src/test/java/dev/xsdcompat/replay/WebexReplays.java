package dev.xsdcompat.replay;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.webex.WebexSeries;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Replays of the bundled Webex corpus, each release pair run once per test JVM. */
final class WebexReplays {

    private static final Map<String, ReplayResult> RESULTS = new ConcurrentHashMap<>();

    private WebexReplays() {
    }

    static ReplaySettings settings() {
        return ReplaySettings.of(WebexSeries.corpus()).withAdapter(ReplaySettings.Adapter.WEBEX)
                .withOperations(WebexSeries.home().resolve("operations.xml"));
    }

    static ReplayResult replay(String oldVersion, String newVersion) {
        return RESULTS.computeIfAbsent(oldVersion + " " + newVersion, k -> CompatibilityCheck.builder()
                .replay(settings()).build()
                .replay(List.of(WebexSeries.release(oldVersion)), List.of(WebexSeries.release(newVersion)))
                .run());
    }

    static MessageResult message(ReplayResult result, String file) {
        return result.messages().stream().filter(m -> m.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not replayed"));
    }

    static String json(ReplayResult result) {
        try {
            StringWriter out = new StringWriter();
            new dev.xsdcompat.replay.report.ReplayJsonWriter().write(result, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
