package dev.xsdcompat.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UBL 2.3 -> 2.4 with the plain adapter: the published examples as a corpus; and the same examples wrapped in
 * SOAP envelopes, replayed with the xpath adapter, give the same outcomes and evidence.
 */
class UblReplayTest {

    @TempDir
    static Path dir;

    static ReplayResult result;
    static int examples23;

    @BeforeAll
    static void replay() throws IOException {
        Path ubl = Corpora.require("ubl");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("2.3"));
        Files.createDirectories(corpus.resolve("2.4"));
        try (Stream<Path> files = Files.list(ubl.resolve("2.3/xml"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Files.copy(f, corpus.resolve("2.3").resolve(f.getFileName()));
                examples23++;
            }
        }
        Files.copy(ubl.resolve("2.4/xml/UBL-PurchaseReceipt-2.4-Example.xml"),
                corpus.resolve("2.4/UBL-PurchaseReceipt-2.4-Example.xml"));
        result = CompatibilityCheck.builder().replay(ReplaySettings.of(corpus)).build()
                .replay(List.of(ubl.resolve("2.3/xsd")), List.of(ubl.resolve("2.4/xsd"))).run();
    }

    @Test
    void every23ExampleIsValidIn23And24() {
        List<MessageResult> old = result.messages().stream().filter(m -> m.file().startsWith("2.3/")).toList();
        assertThat(old).hasSize(examples23).isNotEmpty();
        assertThat(old).allSatisfy(m -> assertThat(m.outcome()).as("%s", m).isEqualTo(Outcome.VALID_IN_BOTH));
    }

    @Test
    void thePurchaseReceiptOf24IsNewlyAccepted() {
        MessageResult receipt = result.messages().stream()
                .filter(m -> m.file().equals("2.4/UBL-PurchaseReceipt-2.4-Example.xml")).findFirst().orElseThrow();
        assertThat(receipt.outcome()).isEqualTo(Outcome.NEWLY_ACCEPTED);
        assertThat(receipt.oldVersion().errors()).first().asString().contains("PurchaseReceipt");
        assertThat(receipt.newVersion().valid()).isTrue();
        String added = result.coverage().changes().stream()
                .filter(c -> c.path().endsWith("}PurchaseReceipt") && c.rule().contains("added"))
                .map(CoverageEntry::fingerprint).findFirst().orElseThrow();
        assertThat(receipt.exercises()).contains(added);
        assertThat(result.summary().count(Outcome.NEWLY_REJECTED)).isZero();
        assertThat(result.summary().adapter()).isEqualTo("plain");
    }

    @Test
    void theSameExamplesInSoapEnvelopesGiveTheSameVerdictsThroughTheXPathAdapter() throws IOException {
        Path ubl = Corpora.require("ubl");
        Path soap = Files.createDirectories(dir.resolve("soap"));
        Path corpus = dir.resolve("corpus");
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                // without its XML declaration (and the byte order mark one example has), to sit in a Body
                String document = Files.readString(f).replaceFirst("^\\uFEFF?\\s*<\\?xml[^>]*\\?>", "");
                Path target = soap.resolve(corpus.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                        + document + "</soap:Body></soap:Envelope>");
            }
        }
        ReplayResult wrapped = CompatibilityCheck.builder()
                .replay(ReplaySettings.of(soap).withPayload("/soap:Envelope/soap:Body/*")).build()
                .replay(List.of(ubl.resolve("2.3/xsd")), List.of(ubl.resolve("2.4/xsd"))).run();
        assertThat(wrapped.summary().adapter()).isEqualTo("xpath");
        assertThat(wrapped.summary().outcomes()).isEqualTo(result.summary().outcomes());
        assertThat(wrapped.messages()).hasSameSizeAs(result.messages()).isNotEmpty();
        for (int i = 0; i < result.messages().size(); i++) {
            MessageResult plain = result.messages().get(i);
            MessageResult viaXPath = wrapped.messages().get(i);
            assertThat(viaXPath.file()).isEqualTo(plain.file());
            assertThat(viaXPath.outcome()).as(plain.file()).isEqualTo(plain.outcome());
            assertThat(viaXPath.exercises()).as(plain.file()).isEqualTo(plain.exercises());
        }
    }
}
