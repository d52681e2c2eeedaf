package dev.xsdcompat.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.report.JsonReportWriter;
import dev.xsdcompat.webex.CorpusMetadata;
import dev.xsdcompat.webex.CorpusMetadata.Bad;
import dev.xsdcompat.webex.WebexSeries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replay of the bundled Webex corpus: outcomes per release pair, evidence, drift, bad messages, JSON. */
class WebexReplayTest {

    static Stream<Arguments> releasePairs() {
        List<String> v = WebexSeries.VERSIONS;
        return IntStream.range(0, v.size() - 1).mapToObj(i -> Arguments.of(v.get(i), v.get(i + 1)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("releasePairs")
    void eachReleasePairGivesTheOutcomesCorpusXmlExpects(String oldVersion, String newVersion) {
        ReplayResult result = WebexReplays.replay(oldVersion, newVersion);
        CorpusMetadata corpus = CorpusMetadata.load();
        assertThat(result.summary().messages()).isEqualTo(corpus.messages.size() + corpus.bad.size());
        for (CorpusMetadata.Message m : corpus.messages) {
            MessageResult r = WebexReplays.message(result, m.file());
            boolean before = m.valid().contains(oldVersion);
            boolean after = m.valid().contains(newVersion);
            if (before || m.invalid().contains(oldVersion)) {
                if (after || m.invalid().contains(newVersion)) {
                    assertThat(r.expected()).as(m.file()).isEqualTo(Outcome.of(before, after));
                }
            }
            if (r.expected() != null) {
                assertThat(r.outcome()).as("%s: %s", m.file(), r).isEqualTo(r.expected());
            }
        }
        assertThat(result.summary().unexpected()).isZero();
        assertThat(result.messages()).extracting(MessageResult::file).isSorted();
    }

    @Test
    void theBodyContentLimitIsConfirmedByTheElevenPayloadBatch() {
        ReplayResult result = WebexReplays.replay("40.4.3", "40.4.4");
        assertThat(result.messages()).filteredOn(m -> m.outcome() == Outcome.NEWLY_REJECTED)
                .extracting(MessageResult::file).containsExactly("40.4.3/batch/request-too-many.xml");
        MessageResult batch = WebexReplays.message(result, "40.4.3/batch/request-too-many.xml");
        assertThat(batch.direction()).isEqualTo(Direction.REQUEST);
        assertThat(batch.oldVersion().valid()).isTrue();
        assertThat(batch.newVersion().errors()).singleElement().asString()
                .startsWith("line 31 col 73: ").contains("bodyContent").contains("'10'");
        CoverageEntry limit = result.coverage().changes().stream()
                .filter(c -> c.rule().equals("max-occurs-decreased")).findFirst().orElseThrow();
        assertThat(limit.path()).endsWith("}requestBodyType/bodyContent");
        assertThat(limit.confirmed()).isTrue();
        assertThat(limit.newlyRejected()).isEqualTo(1);
        assertThat(batch.exercises()).contains(limit.fingerprint());
        assertThat(result.summary().confirmed()).isEqualTo(1);
        // every request passes through requestBodyType/bodyContent; no response does
        assertThat(result.messages()).filteredOn(m -> m.direction() == Direction.RESPONSE && m.wellFormed())
                .allSatisfy(m -> assertThat(m.exercises()).doesNotContain(limit.fingerprint()));
    }

    @Test
    void everyChangeOf4060IsExercisedByANewlyAcceptedMessage() {
        ReplayResult result = WebexReplays.replay("40.4.8", "40.6.0");
        assertThat(result.summary().changes()).isEqualTo(15);
        assertThat(result.coverage().changes()).allSatisfy(c -> assertThat(c.exercised()).as(c.path()).isTrue());
        assertThat(result.summary().confirmed()).isZero(); // all additions are optional: nothing newly rejected
        CoverageEntry umSiteAdmin = result.coverage().changes().stream()
                .filter(c -> c.path().endsWith("}privilegeType/umSiteAdmin")).findFirst().orElseThrow();
        MessageResult createUser = WebexReplays.message(result, "40.6.0/CreateUser/request-umSiteAdmin.xml");
        assertThat(createUser.outcome()).isEqualTo(Outcome.NEWLY_ACCEPTED);
        assertThat(createUser.exercises()).containsExactly(umSiteAdmin.fingerprint());
        assertThat(createUser.oldVersion().errors()).singleElement().asString().contains("umSiteAdmin");
        // the group path: meetingUUID added to meetingKeyGroup, reached through SetMeeting's group reference
        MessageResult setMeeting = WebexReplays.message(result, "40.6.0/SetMeeting/request-meetingUUID.xml");
        String groupChange = result.coverage().changes().stream()
                .filter(c -> c.path().endsWith("}meetingKeyGroup/meetingUUID")).findFirst().orElseThrow()
                .fingerprint();
        assertThat(setMeeting.exercises()).containsExactly(groupChange);
        // an old message without the new elements exercises none of them
        assertThat(WebexReplays.message(result, "39.0/CreateUser/request.xml").exercises()).isEmpty();
    }

    @Test
    void behaviourPairsShowDrift() {
        ReplayResult anonymous = WebexReplays.replay("40.1.2", "40.2.0");
        assertThat(anonymous.summary().driftCompared()).isEqualTo(2);
        ResponseDrift lst = anonymous.drift().stream().filter(d -> "LstsummarySession".equals(d.api()))
                .findFirst().orElseThrow();
        assertThat(lst.before()).isEqualTo("40.1.2/LstsummarySession/response-anonymous.xml");
        assertThat(lst.after()).isEqualTo("40.2.0/LstsummarySession/response-anonymous.xml");
        assertThat(lst.request()).isEqualTo("40.1.2/LstsummarySession/request-anonymous.xml");
        assertThat(lst.differences()).anySatisfy(d -> {
            assertThat(d.xpath()).endsWith("/result[1]/text()[1]");
            assertThat(d.oldValue()).isEqualTo("SUCCESS");
            assertThat(d.newValue()).isEqualTo("FAILURE");
        });
        assertThat(lst.differences()).anySatisfy(d -> {
            assertThat(d.xpath()).endsWith("/response[1]/exceptionID[1]");
            assertThat(d.oldValue()).isNull();
            assertThat(d.newValue()).isEqualTo("000015");
        });

        ReplayResult domain = WebexReplays.replay("40.2.0", "40.4.0");
        ResponseDrift blank = domain.drift().stream().filter(d -> "GetEnrollmentInfo".equals(d.api()))
                .findFirst().orElseThrow();
        assertThat(blank.differences()).singleElement().satisfies(d -> {
            assertThat(d.xpath()).endsWith("/domain[1]/text()[1]");
            assertThat(d.oldValue()).isEqualTo("host-172-20-14-9.contoso.example");
            assertThat(d.newValue()).isNullOrEmpty();
        });
    }

    @Test
    void ignoredPathsAreLeftOutOfTheComparison() {
        ReplayResult result = CompatibilityCheck.builder()
                .replay(WebexReplays.settings().withIgnoredPaths(List.of("domain"))).build()
                .replay(List.of(WebexSeries.release("40.2.0")), List.of(WebexSeries.release("40.4.0"))).run();
        assertThat(result.summary().driftCompared()).isEqualTo(1);
        assertThat(result.drift()).isEmpty();
    }

    static Stream<Bad> badMessages() {
        return CorpusMetadata.load().bad.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void badMessagesGiveOneClearFindingEach(Bad bad) {
        MessageResult r = WebexReplays.message(WebexReplays.replay("40.4.8", "40.6.0"), bad.file());
        assertThat(r.outcome()).isIn(Outcome.NOT_WELL_FORMED, Outcome.INVALID_IN_BOTH);
        if (r.wellFormed()) {
            assertThat(r.error()).isNull();
            assertThat(r.newVersion().errors()).singleElement().asString().contains(bad.finding())
                    .matches("line \\d+ col \\d+: .*");
        } else {
            assertThat(r.error()).contains(bad.finding()).matches("line \\d+ col \\d+: .*");
            assertThat(r.exercises()).isEmpty();
        }
    }

    @Test
    void xxeIsRefusedNeverResolved() {
        MessageResult r = WebexReplays.message(WebexReplays.replay("40.4.8", "40.6.0"), "bad/doctype-xxe.xml");
        assertThat(r.wellFormed()).isFalse();
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_WELL_FORMED);
        assertThat(r.error()).contains("DOCTYPE is disallowed");
        assertThat(r.toString()).doesNotContain(hostname());
    }

    private static String hostname() {
        try {
            String name = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).trim();
            return name.isEmpty() ? "\u0000" : name;
        } catch (java.io.IOException e) {
            return "\u0000";
        }
    }

    @Test
    void jsonHasTheStableShapeAndTheSameBytesEveryRun() throws Exception {
        String first = WebexReplays.json(WebexReplays.replay("40.4.3", "40.4.4"));
        ReplayResult again = CompatibilityCheck.builder().replay(WebexReplays.settings().withThreads(1)).build()
                .replay(List.of(WebexSeries.release("40.4.3")), List.of(WebexSeries.release("40.4.4"))).run();
        assertThat(WebexReplays.json(again)).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n").doesNotContain(WebexSeries.projectRoot().toString());
        JsonNode root = new ObjectMapper().readTree(first);
        assertThat(root.fieldNames()).toIterable().containsExactly("summary", "messages", "drift", "coverage");
        JsonNode batch = null;
        for (JsonNode m : root.get("messages")) {
            assertThat(m.fieldNames()).toIterable().containsExactly("file", "wellFormed", "error", "api",
                    "direction", "old", "new", "outcome", "expected", "exercises");
            if (m.get("file").asText().equals("40.4.3/batch/request-too-many.xml")) {
                batch = m;
            }
        }
        assertThat(batch).isNotNull();
        assertThat(batch.get("outcome").asText()).isEqualTo("newly-rejected");
        assertThat(batch.get("old").get("valid").asBoolean()).isTrue();
        assertThat(batch.get("new").get("errors").get(0).asText()).matches("line 31 col 73: .*");
        assertThat(root.get("summary").get("outcomes").get("newly-rejected").asInt()).isEqualTo(1);
        assertThat(root.get("drift").get(0).get("differences").get(0).fieldNames()).toIterable()
                .containsExactly("xpath", "comparison", "old", "new");
    }

    @Test
    void theDiffReportCarriesReplayOnlyWhenACorpusWasGiven() throws Exception {
        CheckResult plain = CompatibilityCheck.builder().build()
                .compare(WebexSeries.release("40.4.3"), WebexSeries.release("40.4.4"));
        CheckResult withReplay = CompatibilityCheck.builder().replay(WebexReplays.settings()).build()
                .compare(WebexSeries.release("40.4.3"), WebexSeries.release("40.4.4"));
        assertThat(plain.replay()).isNull();
        assertThat(withReplay.findings()).isEqualTo(plain.findings());
        StringWriter a = new StringWriter();
        new JsonReportWriter().write(plain, a);
        StringWriter b = new StringWriter();
        new JsonReportWriter().write(withReplay, b);
        assertThat(new ObjectMapper().readTree(a.toString()).has("replay")).isFalse();
        JsonNode report = new ObjectMapper().readTree(b.toString());
        assertThat(report.get("changes").get(0).get("fingerprint").asText())
                .isEqualTo(report.get("replay").get("coverage").get(0).get("fingerprint").asText());
        assertThat(report.get("replay").get("coverage").get(0).get("confirmed").asBoolean()).isTrue();
    }
}
