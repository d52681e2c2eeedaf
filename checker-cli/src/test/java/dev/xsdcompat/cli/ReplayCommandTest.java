package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xsd-compat replay and diff --corpus on the bundled Webex series, as CI sees them. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path webex() {
        String root = System.getProperty("xsdcompat.projectRoot", "..");
        return Paths.get(root).resolve("schemas/webex").toAbsolutePath().normalize();
    }

    private static String v(String version) {
        return webex().resolve(version).toString();
    }

    private static String corpus() {
        return webex().resolve("corpus").toString();
    }

    @Test
    void exitOneWhenAMessageIsNewlyRejectedWithTheOperationsFileFoundBesideOld() {
        CliRun r = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", corpus(), "--adapter", "webex");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("1 newly rejected").contains("40.4.3/batch/request-too-many.xml:31:73:")
                .contains("CONFIRMED max-occurs-decreased");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theAdapterIsWebexWhenAnOperationsFileIsFoundAndPlainOtherwise() {
        CliRun webex = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", corpus());
        assertThat(webex.code()).isEqualTo(1);
        assertThat(webex.out()).contains("(webex)").contains("newly rejected");
        CliRun plain = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", corpus(), "--adapter", "plain");
        assertThat(plain.out()).contains("(plain)");
    }

    @Test
    void exitZeroWhenNothingIsNewlyRejectedEvenWithBadMessagesInTheCorpus() {
        CliRun r = run("replay", v("40.4.8"), v("40.6.0"), "--corpus", corpus(), "--adapter", "webex",
                "--operations", webex().resolve("operations.xml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("21 newly accepted").contains("3 not well-formed")
                .contains("bad/doctype-xxe.xml:2:10: DOCTYPE is disallowed");
    }

    @Test
    void jsonIsByteIdenticalAcrossRunsAndWrittenWithForceOnly() throws Exception {
        Path out = dir.resolve("replay.json");
        String[] args = {"replay", v("40.1.2"), v("40.2.0"), "--corpus", corpus(), "--adapter", "webex",
            "--format", "json", "--out", out.toString()};
        assertThat(run(args).code()).isZero();
        String first = Files.readString(out);
        CliRun again = run(args);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists; pass --force");
        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(run(forced).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(first);
        JsonNode root = new ObjectMapper().readTree(first);
        assertThat(root.get("summary").get("drift").get("drifted").asInt()).isEqualTo(2);
        assertThat(root.get("drift").get(0).get("before").asText()).startsWith("40.1.2/");
        assertThat(root.get("messages").get(0).has("exercises")).isTrue();
    }

    @Test
    void usageAndInputErrorsExitTwoWithoutStackTraces() {
        CliRun noCorpus = run("replay", v("40.4.3"), v("40.4.4"));
        assertThat(noCorpus.code()).isEqualTo(2);
        assertThat(noCorpus.err()).contains("--corpus");
        CliRun missing = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", dir.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such corpus");
        CliRun adapter = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", corpus(), "--adapter", "soap");
        assertThat(adapter.code()).isEqualTo(2);
        assertThat(adapter.err()).contains("unknown adapter");
        CliRun operations = run("replay", v("40.4.3"), v("40.4.4"), "--corpus", corpus(), "--adapter", "webex",
                "--operations", dir.resolve("ops.xml").toString());
        assertThat(operations.code()).isEqualTo(2);
        for (CliRun r : new CliRun[] {noCorpus, missing, adapter, operations}) {
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void diffFoldsTheEvidenceIntoTheReport() throws Exception {
        CliRun r = run("diff", v("40.4.3"), v("40.4.4"), "--corpus", corpus(), "--adapter", "webex",
                "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("changes")).hasSize(1);
        assertThat(report.get("replay").get("summary").get("outcomes").get("newly-rejected").asInt()).isEqualTo(1);
        CliRun without = run("diff", v("40.4.3"), v("40.4.4"), "--format", "json");
        assertThat(new ObjectMapper().readTree(without.out()).has("replay")).isFalse();
        CliRun text = run("diff", v("40.4.4"), v("40.4.5"), "--corpus", corpus(), "--adapter", "webex");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("replay 40.4.4 -> 40.4.5 (webex)");
    }

    @Test
    void payloadsInsideAnotherEnvelopeAreChosenByXPath() throws Exception {
        String schema = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'"
                + " elementFormDefault='qualified'><xs:element name='req'><xs:complexType><xs:sequence>"
                + "<xs:element name='a' type='xs:string'/>%s</xs:sequence></xs:complexType></xs:element></xs:schema>";
        Path v1 = Files.createDirectories(dir.resolve("v1"));
        Files.writeString(v1.resolve("s.xsd"),
                schema.formatted("<xs:element name='b' type='xs:string' minOccurs='0'/>"));
        Path v2 = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(v2.resolve("s.xsd"), schema.formatted(""));
        Path soap = Files.createDirectories(dir.resolve("soap"));
        Files.writeString(soap.resolve("order.xml"),
                "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>\n"
                + "<s:Body>\n<req xmlns='urn:t'><a>1</a>\n<b>2</b></req></s:Body></s:Envelope>\n");
        String[] base = {"replay", v1.toString(), v2.toString(), "--corpus", soap.toString()};

        CliRun r = run(concat(base, "--payload", "/soap:Envelope/soap:Body/*"));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("(xpath)").contains("1 newly rejected").contains("order.xml:4:4:");
        assertThat(r.err()).isEmpty();

        CliRun webex = run(concat(base, "--adapter", "webex", "--payload", "/*"));
        CliRun missing = run(concat(base, "--adapter", "xpath"));
        CliRun broken = run(concat(base, "--payload", "/s:Envelope"));
        assertThat(webex.err()).contains("--payload is for --adapter xpath, not webex");
        assertThat(missing.err()).contains("--adapter xpath needs --payload XPATH");
        assertThat(broken.err()).contains("payload XPath '/s:Envelope'").contains("s");
        for (CliRun bad : new CliRun[] {webex, missing, broken}) {
            assertThat(bad.code()).isEqualTo(2);
            assertThat(bad.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }

        Path notes = dir.resolve("notes");
        CliRun series = run("release-notes", v1.toString(), v2.toString(), "--corpus", soap.toString(), "--payload",
                "/*:Envelope/*:Body/*", "--out", notes.toString());
        assertThat(series.code()).as(series.err()).isZero();
        assertThat(Files.readString(notes.resolve("release-notes.md"))).contains("order.xml");
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
