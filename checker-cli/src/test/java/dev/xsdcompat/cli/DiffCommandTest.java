package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The diff command as CI sees it: exit codes, JSON, files, and messages without stack traces. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private Path oldDir;
    private Path newDir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String schema(String body) {
        return "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t' "
                + "elementFormDefault='qualified'>\n" + body + "\n</xs:schema>\n";
    }

    @BeforeEach
    void pair() throws IOException {
        oldDir = Files.createDirectories(dir.resolve("v1"));
        newDir = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(oldDir.resolve("s.xsd"), schema("<xs:element name='req'><xs:complexType><xs:sequence>"
                + "<xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType></xs:element>"));
    }

    private void newVersion(String body) throws IOException {
        Files.writeString(newDir.resolve("s.xsd"), schema(body));
    }

    @Test
    void exitZeroWhenNothingReachesTheThreshold() throws IOException {
        newVersion("<xs:element name='req'><xs:complexType><xs:sequence><xs:element name='a' type='xs:string'/>"
                + "<xs:element name='b' type='xs:string' minOccurs='0'/></xs:sequence></xs:complexType></xs:element>");
        CliRun r = run("diff", oldDir.toString(), newDir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("element-added-optional").contains("req/b");
        // The same change is a warning for responses, so --fail-on warning fails.
        assertThat(run("diff", oldDir.toString(), newDir.toString(), "--fail-on", "warning").code()).isEqualTo(1);
    }

    @Test
    void exitOneOnABreakingChangeUnlessFailOnNever() throws IOException {
        newVersion("<xs:element name='req'><xs:complexType><xs:sequence>"
                + "</xs:sequence></xs:complexType></xs:element>");
        assertThat(run("diff", oldDir.toString(), newDir.toString()).code()).isEqualTo(1);
        assertThat(run("diff", oldDir.toString(), newDir.toString(), "--fail-on", "never").code()).isZero();
    }

    @Test
    void derivedTypesMakeAChangeOnlyXsiTypeReachesBreaking() throws IOException {
        String types = "<xs:element name='order' type='t:Party' xmlns:t='urn:t'/>"
                + "<xs:complexType name='Party'><xs:sequence><xs:element name='name' type='xs:string'/>"
                + "</xs:sequence></xs:complexType><xs:complexType name='Company' xmlns:t='urn:t'><xs:complexContent>"
                + "<xs:extension base='t:Party'><xs:sequence><xs:element name='vat' type='xs:string'%s/>"
                + "</xs:sequence></xs:extension></xs:complexContent></xs:complexType>";
        Files.writeString(oldDir.resolve("s.xsd"), schema(types.formatted(" minOccurs='0'")));
        newVersion(types.formatted(""));
        assertThat(run("diff", oldDir.toString(), newDir.toString()).code()).isZero();
        CliRun followed = run("diff", oldDir.toString(), newDir.toString(), "--derived-types");
        assertThat(followed.code()).isEqualTo(1);
        assertThat(followed.out()).contains("Company/vat");
    }

    @Test
    void jsonIsTheDocumentedShapeAndByteIdenticalAcrossRuns() throws IOException {
        newVersion("<xs:element name='req'><xs:complexType><xs:sequence><xs:element name='a' type='xs:token'/>"
                + "<xs:element name='b' type='xs:string'/></xs:sequence></xs:complexType></xs:element>");
        CliRun first = run("diff", oldDir.toString(), newDir.toString(), "--format", "json");
        CliRun second = run("diff", oldDir.toString(), newDir.toString(), "--format", "json");
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.at("/summary/changes").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/breaking").asInt()).isEqualTo(2);
        JsonNode change = json.at("/changes/0");
        assertThat(change.get("rule").asText()).isEqualTo("type-narrowed");
        assertThat(change.get("kind").asText()).isEqualTo("changed");
        assertThat(change.get("component").asText()).isEqualTo("element");
        assertThat(change.get("path").asText()).isEqualTo("{urn:t}req/a");
        assertThat(change.get("old").asText()).isEqualTo("{http://www.w3.org/2001/XMLSchema}string");
        assertThat(change.get("new").asText()).isEqualTo("{http://www.w3.org/2001/XMLSchema}token");
        assertThat(change.at("/severity/request").asText()).isEqualTo("breaking");
        assertThat(change.at("/severity/response").asText()).isEqualTo("safe");
        assertThat(change.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(change.at("/location/new").asText()).isEqualTo("s.xsd:2");
        assertThat(change.get("affectedApis").isArray()).isTrue();
        assertThat(json.at("/changes/1/rule").asText()).isEqualTo("element-added-required");
    }

    @Test
    void outWritesAFileAndNeverReplacesOneUnasked() throws IOException {
        newVersion("<xs:element name='req'/>");
        Path report = dir.resolve("out/report.json");
        assertThat(run("diff", oldDir.toString(), newDir.toString(), "--format", "json", "--out", report.toString())
                .code()).isEqualTo(1);
        String written = Files.readString(report);
        assertThat(written).startsWith("{");
        CliRun again = run("diff", oldDir.toString(), newDir.toString(), "--out", report.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(Files.readString(report)).isEqualTo(written);
        assertThat(run("diff", oldDir.toString(), newDir.toString(), "--out", report.toString(), "--force").code())
                .isEqualTo(1);
        assertThat(Files.readString(report)).doesNotStartWith("{");
    }

    @Test
    void badInputIsExitTwoWithFileLineColumnAndNoStackTrace() throws IOException {
        Files.writeString(newDir.resolve("s.xsd"), "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>\n<oops>\n");
        CliRun r = run("diff", oldDir.toString(), newDir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: s.xsd:3:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anAcceptedBreakingChangePassesAndStillShowsWithItsReason() throws IOException {
        newVersion("<xs:element name='req'><xs:complexType><xs:sequence>"
                + "</xs:sequence></xs:complexType></xs:element>");
        Path policy = dir.resolve("policy.xml");
        Files.writeString(policy, "<policy xmlns='urn:xsd-compat:policy:1'>\n"
                + "<accept rule='element-removed' path='{urn:t}req/*' reason='a was never sent (ticket 42)'/>\n</policy>");
        CliRun r = run("diff", oldDir.toString(), newDir.toString(), "--policy", policy.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ACCEPTED").contains("element-removed").contains("a was never sent (ticket 42)");
        CliRun json = run("diff", oldDir.toString(), newDir.toString(), "--policy", policy.toString(), "--format", "json");
        assertThat(json.out()).contains("\"accepted\" : true").contains("\"acceptedReason\" : \"a was never sent");
    }

    @Test
    void aMalformedPolicyIsExitTwoNamingTheLine() throws IOException {
        newVersion("<xs:element name='req'/>");
        Path policy = dir.resolve("policy.xml");
        Files.writeString(policy, "<policy xmlns='urn:xsd-compat:policy:1'>\n<accept rule='element-removed'/>\n</policy>");
        CliRun r = run("diff", oldDir.toString(), newDir.toString(), "--policy", policy.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + policy + ":2:").contains("reason").doesNotContain("Exception");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(run("diff", oldDir.toString()).code()).isEqualTo(2);
        assertThat(run("diff", oldDir.toString(), newDir.toString(), "--fail-on", "sometimes").code()).isEqualTo(2);
        CliRun missing = run("diff", oldDir.toString(), dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope").contains("no such file or folder");
        assertThat(run("--help").code()).isZero();
    }
}
