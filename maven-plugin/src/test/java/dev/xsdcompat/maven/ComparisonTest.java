package dev.xsdcompat.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.classify.Finding;

class ComparisonTest {

    @TempDir
    Path dir;

    final RecordingLog log = new RecordingLog();
    File old;
    File added;
    File removed;

    @BeforeEach
    void schemas() throws Exception {
        old = Samples.write(dir, "old/s.xsd", Samples.V1).getParent().toFile();
        added = Samples.write(dir, "added/s.xsd", Samples.ADDED).getParent().toFile();
        removed = Samples.write(dir, "removed/s.xsd", Samples.REMOVED).getParent().toFile();
    }

    private Comparison comparison() {
        return new Comparison(new SchemaSources(new SchemaSelection(null, null),
                () -> fail("no artifact was named, the resolver must not be asked"), dir.resolve("work")), log);
    }

    private static CheckOptions none() {
        return new CheckOptions(null, null, null, null, null, null, false, false);
    }

    @Test
    void comparesTheFolders() throws Exception {
        Comparison.Outcome outcome = comparison().run(old, null, removed, none(), null);
        assertThat(outcome.result().findings()).extracting(f -> f.change().rule().id())
                .containsExactly("element-removed");
        assertThat(outcome.baseline()).isEqualTo(old.toString());
        assertThat(log.infos).anyMatch(l -> l.startsWith("xsd-compat: comparing " + removed));
    }

    @Test
    void bothBaselinesIsAnError() {
        assertThatThrownBy(() -> comparison().run(old, "g:a:1", added, none(), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: parameter 'oldSchemas': set either oldSchemas");
    }

    @Test
    void noBaselineIsAnError() {
        assertThatThrownBy(() -> comparison().run(null, " ", added, none(), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: parameter 'oldSchemas': no baseline");
    }

    @Test
    void missingFoldersAndFilesNameTheirParameter() {
        File nowhere = dir.resolve("nowhere").toFile();
        assertThatThrownBy(() -> comparison().run(old, null, nowhere, none(), null))
                .hasMessage("xsd-compat: parameter 'newSchemas': " + nowhere + " does not exist");
        assertThatThrownBy(() -> comparison().run(nowhere, null, added, none(), null))
                .hasMessage("xsd-compat: parameter 'oldSchemas': " + nowhere + " does not exist");
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(List.of(nowhere), null, null, null, null, null, false, false), null))
                .hasMessage("xsd-compat: parameter 'catalogs': " + nowhere + " does not exist");
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(null, null, old, null, null, null, false, false), null))
                .hasMessage("xsd-compat: parameter 'policy': " + old + " is not a file");
    }

    @Test
    void malformedSchemaIsABuildFailureWithTheLoadersMessage() throws Exception {
        File broken = Samples.write(dir, "broken/s.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<a>")
                .getParent().toFile();
        assertThatThrownBy(() -> comparison().run(old, null, broken, none(), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: ")
                .hasMessageContaining("s.xsd:");
    }

    @Test
    void gateListsWhatFailsAndPointsToTheReport() throws Exception {
        List<Finding> failing = new Gate(FailOn.BREAKING).failing(comparison().run(old, null, removed, none(), null).result());
        assertThat(failing).hasSize(1);
        String message = FailureMessage.of(failing, List.of(), FailOn.BREAKING, "g:a:1.0",
                Path.of("target/x/xsd-compat.txt"));
        assertThat(message).isEqualTo("""
                xsd-compat: 1 change at or above failOn=breaking against the baseline g:a:1.0:
                  - [breaking] element-removed {urn:t}order/note - request breaking, response breaking; \
                affected APIs: none known
                Report: %s
                Accept a change with a reason in the policy file, or set failOn to change the threshold."""
                .formatted(Path.of("target/x/xsd-compat.txt")));
    }

    @Test
    void gateThresholds() throws Exception {
        var warningOnly = comparison().run(old, null, added, none(), null).result();
        assertThat(new Gate(FailOn.BREAKING).failing(warningOnly)).isEmpty();
        assertThat(new Gate(FailOn.WARNING).failing(warningOnly)).hasSize(1);
        var breaking = comparison().run(old, null, removed, none(), null).result();
        assertThat(new Gate(FailOn.NEVER).failing(breaking)).isEmpty();
    }

    private static CheckOptions withPolicy(File policy) {
        return new CheckOptions(null, null, policy, null, null, null, false, false);
    }

    @Test
    void anAcceptedChangeIsReportedWithItsReasonAndDoesNotFail() throws Exception {
        File policy = Samples.write(dir, "policy.xml", """
                <policy xmlns="urn:xsd-compat:policy:1">
                  <accept rule="element-removed" path="{urn:t}order/note" reason="no client sends a note"/>
                </policy>
                """).toFile();
        var result = comparison().run(old, null, removed, withPolicy(policy), null).result();
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.acceptedReason()).isEqualTo("no client sends a note"));
        assertThat(new Gate(FailOn.BREAKING).failing(result)).isEmpty();
    }

    @Test
    void aBadPolicyFileNamesTheParameterAndTheLine() throws Exception {
        File policy = Samples.write(dir, "policy.xml", """
                <policy xmlns="urn:xsd-compat:policy:1">
                  <accept rule="no-such-rule" reason="x"/>
                </policy>
                """).toFile();
        assertThatThrownBy(() -> comparison().run(old, null, removed, withPolicy(policy), null))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: parameter 'policy': " + policy + ":2")
                .hasMessageContaining("no-such-rule");
    }

    @Test
    void rootModeAndClientsAreChecked() {
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(null, null, null, "sideways", null, null, false, false), null))
                .hasMessage("xsd-compat: parameter 'rootMode': 'sideways' is not one of backward, forward, full");
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(null, null, null, null, "picky", null, false, false), null))
                .hasMessage("xsd-compat: parameter 'clients': 'picky' is not one of strict, lenient, warn");
    }

    @Test
    void rootModeDecidesTheDirection() throws Exception {
        var backward = comparison().run(old, null, added,
                new CheckOptions(null, null, null, "backward", null, null, false, false), null).result();
        assertThat(new Gate(FailOn.WARNING).failing(backward)).isEmpty();
        var lenient = comparison().run(old, null, added,
                new CheckOptions(null, null, null, null, "lenient", null, false, false), null).result();
        assertThat(new Gate(FailOn.WARNING).failing(lenient)).isEmpty();
    }

    @Test
    void theProjectVersionFeedsTheVersioningCheck() throws Exception {
        File v1 = Samples.write(dir, "1.0.0/s.xsd", Samples.V1).getParent().toFile();
        var result = comparison().run(v1, null, removed, none(), "1.1.0-SNAPSHOT").result();
        assertThat(result.version()).isNotNull();
        assertThat(result.version().violation()).isTrue();
    }

    private static CheckOptions withCorpus(File corpus, String adapter) {
        return new CheckOptions(null, null, null, null, null, null, null, corpus, adapter, null, null, false, false, false);
    }

    @Test
    void aReplayedMessageTheNewVersionRejectsFailsTheGateAndIsNamed() throws Exception {
        Path corpus = dir.resolve("corpus");
        Samples.write(corpus, "with-note.xml", "<order xmlns='urn:t'><customer>a</customer><note>n</note></order>");
        Samples.write(corpus, "plain.xml", "<order xmlns='urn:t'><customer>a</customer></order>");
        File policy = Samples.write(dir, "policy.xml", """
                <policy xmlns="urn:xsd-compat:policy:1">
                  <accept rule="element-removed" path="{urn:t}order/note" reason="no client sends a note"/>
                </policy>
                """).toFile();
        CheckOptions options = new CheckOptions(null, null, null, null, policy, null, null, corpus.toFile(), null,
                null, null, false, false, false);
        var result = comparison().run(old, null, removed, options, null).result();

        Gate gate = new Gate(FailOn.BREAKING);
        assertThat(gate.failing(result)).isEmpty();
        assertThat(gate.newlyRejected(result)).extracting(m -> m.file()).containsExactly("with-note.xml");
        assertThat(gate.fails(result)).isTrue();
        assertThat(new Gate(FailOn.NEVER).fails(result)).isFalse();
        String message = FailureMessage.of(gate.failing(result), gate.newlyRejected(result), FailOn.BREAKING,
                "old", null);
        assertThat(message).startsWith("xsd-compat: 1 recorded message rejected by the new version only against "
                + "the baseline old:\n  - [newly rejected] with-note.xml");
    }

    @Test
    void corpusPayloadChoosesPayloadsInsideAnEnvelope() throws Exception {
        Path corpus = dir.resolve("soap");
        Samples.write(corpus, "with-note.xml", "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<s:Body><order xmlns='urn:t'><customer>a</customer><note>n</note></order></s:Body></s:Envelope>");
        CheckOptions options = new CheckOptions(null, null, null, null, null, null, null, corpus.toFile(), null,
                "/soap:Envelope/soap:Body/*", null, false, false, false);
        var result = comparison().run(old, null, removed, options, null).result();
        assertThat(result.replay().summary().adapter()).isEqualTo("xpath");
        assertThat(new Gate(FailOn.BREAKING).newlyRejected(result)).extracting(m -> m.file())
                .containsExactly("with-note.xml");
        assertThatThrownBy(() -> comparison().run(old, null, added, withCorpus(old, "xpath"), null))
                .hasMessageStartingWith("xsd-compat: parameter 'corpusAdapter': the xpath adapter needs the "
                        + "parameter corpusPayload");
    }

    @Test
    void derivedTypesReachWhatOnlyXsiTypeCanReach() throws Exception {
        String base = """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t"
                           elementFormDefault="qualified">
                  <xs:element name="order" type="t:Party"/>
                  <xs:complexType name="Party"><xs:sequence><xs:element name="name" type="xs:string"/></xs:sequence>
                  </xs:complexType>
                  <xs:complexType name="Company"><xs:complexContent><xs:extension base="t:Party"><xs:sequence>
                    <xs:element name="vat" type="xs:string" %s/></xs:sequence></xs:extension></xs:complexContent>
                  </xs:complexType>
                </xs:schema>
                """;
        File before = Samples.write(dir, "d1/s.xsd", base.formatted("minOccurs='0'")).getParent().toFile();
        File after = Samples.write(dir, "d2/s.xsd", base.formatted("")).getParent().toFile();
        var ignored = comparison().run(before, null, after, none(), null).result();
        var followed = comparison().run(before, null, after, new CheckOptions(null, null, null, null, null, null, null,
                null, null, null, null, false, false, true), null).result();
        assertThat(new Gate(FailOn.BREAKING).fails(ignored)).isFalse();
        assertThat(new Gate(FailOn.BREAKING).fails(followed)).isTrue();
    }

    @Test
    void aBadCorpusAdapterNamesTheParameter() {
        assertThatThrownBy(() -> comparison().run(old, null, added, withCorpus(old, "soap"), null))
                .hasMessageStartingWith("xsd-compat: parameter 'corpusAdapter': unknown adapter 'soap'");
    }

    @Test
    void namingConventionsGiveAffectedApisAndAreChecked() throws Exception {
        var result = comparison().run(old, null, removed,
                new CheckOptions(null, null, "(order)", "(.*)Response", null, null, null, null, null, null, null, false,
                        false, false), null)
                .result();
        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.affectedApis()).containsExactly("order"));
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(null, null, "(.*)Request", null, null, null, null, null, null, null, null, false,
                        false, false), null))
                .hasMessage("xsd-compat: parameter 'responsePattern': requestPattern and responsePattern go together");
        assertThatThrownBy(() -> comparison().run(old, null, added,
                new CheckOptions(null, null, "(", "x", null, null, null, null, null, null, null, false, false, false),
                null))
                .hasMessageStartingWith("xsd-compat: parameter 'requestPattern': '(' is not a regular expression");
    }
}
