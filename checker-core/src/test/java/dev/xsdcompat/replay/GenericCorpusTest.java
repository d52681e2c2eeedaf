package dev.xsdcompat.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.testing.SchemaPair;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented generic layout (labels, path convention, .meta.properties), plain adapter, folder and zip. */
class GenericCorpusTest {

    @TempDir
    Path dir;

    private Path v1;
    private Path v2;
    private Path corpus;

    private static final String REQ_V1 = "<xs:element name='req'><xs:complexType><xs:sequence>"
            + "<xs:element name='a' type='xs:string'/><xs:element name='b' type='xs:string' minOccurs='0'/>"
            + "</xs:sequence><xs:attribute name='id' type='xs:int'/></xs:complexType></xs:element>"
            + "<xs:element name='resp' type='t:respType'/><xs:complexType name='respType'><xs:sequence>"
            + "<xs:element name='status' type='xs:string'/><xs:element name='when' type='xs:string' minOccurs='0'/>"
            + "</xs:sequence></xs:complexType>";
    private static final String REQ_V2 = REQ_V1.replace("<xs:element name='b' type='xs:string' minOccurs='0'/>",
            "<xs:element name='c' type='xs:string' minOccurs='0'/>");

    @BeforeEach
    void layout() throws IOException {
        v1 = SchemaPair.write(dir.resolve("v1"), Map.of("s.xsd", SchemaPair.schema(REQ_V1)));
        v2 = SchemaPair.write(dir.resolve("v2"), Map.of("s.xsd", SchemaPair.schema(REQ_V2)));
        corpus = SchemaPair.write(dir.resolve("corpus"), Map.of(
                "v1/Order/request-b.xml", "<req xmlns='urn:t' id='1'><a>x</a><b>y</b></req>",
                "v1/Order/request.xml", "<req xmlns='urn:t'><a>x</a></req>",
                "v1/Order/response.xml", "<resp xmlns='urn:t'><status>OK</status><when>1</when></resp>",
                "v2/Order/response.xml", "<t:resp xmlns:t='urn:t'>\n  <!-- new server -->\n"
                        + "  <t:status>LIMITED</t:status><t:when>2</t:when></t:resp>",
                "other/sample.xml", "<req xmlns='urn:t'><a>x</a><c>z</c></req>",
                "other/sample.xml.meta.properties", "api=Order\ndirection=request\n",
                "other/broken.xml", "<req xmlns='urn:t'><a>x</req>"));
    }

    private ReplayResult replay(Path where, List<String> ignore) {
        return CompatibilityCheck.builder().replay(ReplaySettings.of(where).withIgnoredPaths(ignore)).build()
                .replay(List.of(v1), List.of(v2)).run();
    }

    private static MessageResult message(ReplayResult r, String file) {
        return r.messages().stream().filter(m -> m.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void theConventionAndSidecarsGiveApiAndDirection() {
        ReplayResult r = replay(corpus, List.of());
        assertThat(r.messages()).extracting(MessageResult::file).containsExactly("other/broken.xml",
                "other/sample.xml", "v1/Order/request-b.xml", "v1/Order/request.xml", "v1/Order/response.xml",
                "v2/Order/response.xml");
        MessageResult removed = message(r, "v1/Order/request-b.xml");
        assertThat(removed.api()).isEqualTo("Order");
        assertThat(removed.direction()).isEqualTo(Direction.REQUEST);
        assertThat(removed.outcome()).isEqualTo(Outcome.NEWLY_REJECTED);
        assertThat(removed.newVersion().errors()).singleElement().asString().startsWith("line 1 col ")
                .contains("\"urn:t\":b");
        MessageResult sample = message(r, "other/sample.xml");
        assertThat(sample.api()).isEqualTo("Order");
        assertThat(sample.direction()).isEqualTo(Direction.REQUEST);
        assertThat(sample.outcome()).isEqualTo(Outcome.NEWLY_ACCEPTED);
        MessageResult broken = message(r, "other/broken.xml");
        assertThat(broken.outcome()).isEqualTo(Outcome.NOT_WELL_FORMED);
        assertThat(broken.error()).matches("line 1 col \\d+: .*must be terminated.*");
        assertThat(message(r, "v1/Order/request.xml").outcome()).isEqualTo(Outcome.VALID_IN_BOTH);
    }

    @Test
    void evidenceTiesMessagesToChangesAndConfirmsTheBreakingRemoval() {
        ReplayResult r = replay(corpus, List.of());
        CoverageEntry removal = r.coverage().changes().stream().filter(c -> c.rule().equals("element-removed"))
                .findFirst().orElseThrow();
        CoverageEntry addition = r.coverage().changes().stream().filter(c -> c.path().endsWith("req/c"))
                .findFirst().orElseThrow();
        assertThat(removal.path()).isEqualTo("{urn:t}req/b");
        assertThat(message(r, "v1/Order/request-b.xml").exercises()).containsExactly(removal.fingerprint());
        assertThat(message(r, "other/sample.xml").exercises()).containsExactly(addition.fingerprint());
        assertThat(message(r, "v1/Order/request.xml").exercises()).isEmpty();
        assertThat(removal.confirmed()).isTrue();
        assertThat(addition.confirmed()).isFalse();
        assertThat(addition.messages()).isEqualTo(1);
        assertThat(r.summary().exercised()).isEqualTo(2);
    }

    @Test
    void responsesUnderBothLabelsAreComparedForSimilarity() {
        ReplayResult r = replay(corpus, List.of());
        assertThat(r.summary().driftCompared()).isEqualTo(1);
        assertThat(r.drift()).singleElement().satisfies(d -> {
            assertThat(d.before()).isEqualTo("v1/Order/response.xml");
            assertThat(d.after()).isEqualTo("v2/Order/response.xml");
            // prefixes, comments and whitespace differ too, but only the values count
            assertThat(d.differences()).extracting(DriftDifference::oldValue).containsExactly("OK", "1");
            assertThat(d.differences()).extracting(DriftDifference::newValue).containsExactly("LIMITED", "2");
        });
        ReplayResult ignoring = replay(corpus, List.of("when", "//*[local-name()='status']"));
        assertThat(ignoring.drift()).isEmpty();
    }

    @Test
    void aZipGivesTheSameResultsAsTheFolder() throws IOException {
        Path zip = dir.resolve("corpus.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                var files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(corpus.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        assertThat(WebexReplays.json(replay(zip, List.of()))).isEqualTo(WebexReplays.json(replay(corpus, List.of())));
    }

    @Test
    void messagesAreInPathOrderAndLinksCountOnlyInsideTheTree() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.xml"), "<req xmlns='urn:t'><a>x</a></req>");
        Files.writeString(Files.createDirectories(corpus.resolve("other-set")).resolve("a.xml"),
                "<req xmlns='urn:t'><a>x</a></req>");
        try {
            Files.createSymbolicLink(corpus.resolve("other/linked.xml"), corpus.resolve("v1/Order/request.xml"));
            Files.createSymbolicLink(corpus.resolve("other/escaping.xml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        ReplayResult r = replay(corpus, List.of());
        // "other-set/" sorts before "other/" as whole paths do ('-' < '/'), wherever the walk met them
        assertThat(r.messages()).extracting(MessageResult::file).containsExactly("other-set/a.xml",
                "other/broken.xml", "other/linked.xml", "other/sample.xml", "v1/Order/request-b.xml",
                "v1/Order/request.xml", "v1/Order/response.xml", "v2/Order/response.xml");
        assertThat(message(r, "other/linked.xml").outcome()).isEqualTo(Outcome.VALID_IN_BOTH);
    }
}
