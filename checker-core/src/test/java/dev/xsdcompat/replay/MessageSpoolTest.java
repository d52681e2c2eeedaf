package dev.xsdcompat.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.report.ReplayJsonWriter;
import dev.xsdcompat.replay.report.ReplayTextWriter;
import dev.xsdcompat.report.JsonReportWriter;
import dev.xsdcompat.webex.WebexSeries;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaming replay results through a spool gives the very bytes a result held in memory gives. */
class MessageSpoolTest {

    @Test
    void aSpooledReplayWritesTheSameJsonAndTextAsAKeptOne() throws Exception {
        ReplayResult kept = WebexReplays.replay("40.4.3", "40.4.4");
        Replay replay = CompatibilityCheck.builder().replay(WebexReplays.settings()).build()
                .replay(List.of(WebexSeries.release("40.4.3")), List.of(WebexSeries.release("40.4.4")));
        try (MessageSpool spool = MessageSpool.create()) {
            ReplayResult streamed = replay.run(spool);
            assertThat(streamed.messages()).isEmpty();
            assertThat(streamed.summary()).isEqualTo(kept.summary());
            assertThat(spool.size()).isEqualTo(kept.messages().size());
            List<MessageResult> back = new ArrayList<>();
            spool.forEach(back::add);
            assertThat(back).isEqualTo(kept.messages());

            StringWriter json = new StringWriter();
            new ReplayJsonWriter().write(streamed, spool, json);
            assertThat(json.toString()).isEqualTo(WebexReplays.json(kept));

            StringWriter text = new StringWriter();
            new ReplayTextWriter().write(streamed, spool, text);
            StringWriter keptText = new StringWriter();
            new ReplayTextWriter().write(kept, keptText);
            assertThat(text.toString()).isEqualTo(keptText.toString()).contains("NEWLY-REJECTED");
        }
    }

    @Test
    void theDiffReportWithASpoolIsTheDiffReportWithKeptMessages() throws Exception {
        CompatibilityCheck check = CompatibilityCheck.builder().replay(WebexReplays.settings()).build();
        CheckResult kept = check.compare(List.of(WebexSeries.release("40.4.3")),
                List.of(WebexSeries.release("40.4.4")));
        StringWriter expected = new StringWriter();
        new JsonReportWriter().write(kept, expected);
        try (MessageSpool spool = MessageSpool.create()) {
            CheckResult streamed = check.compare(List.of(WebexSeries.release("40.4.3")),
                    List.of(WebexSeries.release("40.4.4")), spool);
            assertThat(streamed.replay().messages()).isEmpty();
            StringWriter actual = new StringWriter();
            new JsonReportWriter().write(streamed, spool, actual);
            assertThat(actual.toString()).isEqualTo(expected.toString())
                    .contains("\"file\" : \"40.4.3/batch/request-too-many.xml\"");
        }
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        MessageResult odd = new MessageResult("a/\u00e9\ud83d\ude00.xml", false, "line 1 col 2: bad \ud800 \u0000",
                null, Direction.RESPONSE, new SideResult(false, List.of("x", "")), SideResult.VALID,
                Outcome.NOT_WELL_FORMED, Outcome.NEWLY_REJECTED, List.of("f1", "f2"));
        MessageResult plain = new MessageResult("b.xml", true, null, "GetUser GetSite", null, SideResult.VALID,
                new SideResult(true, List.of()), Outcome.VALID_IN_BOTH, null, List.of());
        try (MessageSpool spool = MessageSpool.create()) {
            spool.accept(odd);
            spool.accept(plain);
            List<MessageResult> back = new ArrayList<>();
            spool.forEach(back::add);
            spool.forEach(back::add);
            assertThat(back).containsExactly(odd, plain, odd, plain);
        }
    }
}
