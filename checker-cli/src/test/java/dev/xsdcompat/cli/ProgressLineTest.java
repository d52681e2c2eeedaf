package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.replay.engine.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The replay's progress line: only on a terminal outside CI, only for long runs, at most four times a second. */
class ProgressLineTest {

    private static final long MS = 1_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyOnATerminalOutsideCi() {
        assertThat(ProgressLine.choose(false, null, err)).isSameAs(ProgressListener.NONE);
        assertThat(ProgressLine.choose(true, "true", err)).isSameAs(ProgressListener.NONE);
        assertThat(ProgressLine.choose(true, "TRUE", err)).isSameAs(ProgressListener.NONE);
        assertThat(ProgressLine.choose(true, null, err)).isInstanceOf(ProgressLine.class);
        assertThat(ProgressLine.choose(true, "false", err)).isInstanceOf(ProgressLine.class);
    }

    @Test
    void aShortRunPrintsNothing() {
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(err, now::get);
        for (int i = 1; i <= 1000; i++) {
            now.addAndGet(MS); // one second in all
            line.progress(i, 1000);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void aLongRunRewritesOneLineAFewTimesASecondAndEndsIt() {
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(err, now::get);
        for (int i = 1; i <= 4000; i++) {
            now.addAndGet(MS); // four seconds in all: quiet for two, then every 250 ms
            line.progress(i, 4000);
        }
        String out = printed();
        assertThat(out).startsWith("\rreplayed 2000/4000 messages").endsWith("\rreplayed 4000/4000 messages\n");
        assertThat(out.split("\r", -1)).hasSize(1 + 8 + 1); // nothing before the first \r, 8 updates, the end
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }
}
