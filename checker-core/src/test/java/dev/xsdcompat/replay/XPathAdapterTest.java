package dev.xsdcompat.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.testing.SchemaPair;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xpath adapter on SOAP-wrapped messages: payloads chosen by XPath 3.1, each validated as a document. */
class XPathAdapterTest {

    @TempDir
    Path dir;

    private Path v1;
    private Path v2;
    private Path corpus;

    private static final String SCHEMA_V1 = "<xs:element name='req'><xs:complexType><xs:sequence>"
            + "<xs:element name='a' type='xs:string'/><xs:element name='b' type='xs:string' minOccurs='0'/>"
            + "</xs:sequence></xs:complexType></xs:element>"
            + "<xs:element name='resp' type='t:baseType'/><xs:complexType name='baseType'/>"
            + "<xs:complexType name='respType'><xs:complexContent><xs:extension base='t:baseType'><xs:sequence>"
            + "<xs:element name='status' type='xs:string'/></xs:sequence></xs:extension></xs:complexContent>"
            + "</xs:complexType>";
    private static final String SCHEMA_V2 = SCHEMA_V1.replace(
            "<xs:element name='b' type='xs:string' minOccurs='0'/>", "");

    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap='" + SOAP + "' xmlns:t='urn:t'\n"
                + "    xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\n"
                + "  <soap:Header><session>42</session></soap:Header>\n"
                + "  <soap:Body>\n" + body + "\n  </soap:Body>\n</soap:Envelope>\n";
    }

    @BeforeEach
    void layout() {
        v1 = SchemaPair.write(dir.resolve("v1"), Map.of("s.xsd", SchemaPair.schema(SCHEMA_V1)));
        v2 = SchemaPair.write(dir.resolve("v2"), Map.of("s.xsd", SchemaPair.schema(SCHEMA_V2)));
        corpus = SchemaPair.write(dir.resolve("corpus"), Map.of(
                "plain.xml", envelope("    <req xmlns='urn:t'><a>x</a></req>"),
                "uses-b.xml", envelope("    <req xmlns='urn:t'>\n      <a>x</a>\n      <b>y</b>\n    </req>"),
                "two.xml", envelope("    <t:req><t:a>1</t:a></t:req>\n    <t:req><t:a>2</t:a><t:b>3</t:b></t:req>"),
                // xsi:type names a type by a prefix declared on the envelope, outside the payload
                "typed.xml", envelope("    <t:resp xsi:type='t:respType'><t:status>OK</t:status></t:resp>"),
                "empty.xml", envelope(""),
                "broken.xml", envelope("    <req xmlns='urn:t'><a>x</req>"),
                "doctype.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>" + envelope("&e;")));
    }

    private ReplayResult replay(String payload) {
        return CompatibilityCheck.builder().replay(ReplaySettings.of(corpus).withPayload(payload)).build()
                .replay(List.of(v1), List.of(v2)).run();
    }

    private static MessageResult message(ReplayResult r, String file) {
        return r.messages().stream().filter(m -> m.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void eachSelectedPayloadIsValidatedAsADocumentWithTheMessagesLinesAndNamespaces() {
        ReplayResult r = replay("/soap:Envelope/soap:Body/*");
        assertThat(r.summary().adapter()).isEqualTo("xpath");
        assertThat(message(r, "plain.xml").outcome()).isEqualTo(Outcome.VALID_IN_BOTH);
        assertThat(message(r, "typed.xml").outcome()).isEqualTo(Outcome.VALID_IN_BOTH);
        MessageResult usesB = message(r, "uses-b.xml");
        assertThat(usesB.outcome()).isEqualTo(Outcome.NEWLY_REJECTED);
        // line 7 of the message, where <b> is, not a line of the payload on its own
        assertThat(usesB.newVersion().errors()).singleElement().asString().startsWith("line 7 col ")
                .contains("element 'b'");
        // the second payload of two breaks; the first alone would not
        assertThat(message(r, "two.xml").outcome()).isEqualTo(Outcome.NEWLY_REJECTED);
        String removal = r.coverage().changes().stream().filter(c -> c.rule().equals("element-removed"))
                .map(CoverageEntry::fingerprint).findFirst().orElseThrow();
        assertThat(usesB.exercises()).containsExactly(removal);
        assertThat(message(r, "two.xml").exercises()).containsExactly(removal);
        assertThat(message(r, "plain.xml").exercises()).isEmpty();
    }

    @Test
    void wildcardsWorkWithoutPrefixes() {
        ReplayResult r = replay("/*:Envelope/*:Body/*");
        assertThat(message(r, "uses-b.xml").outcome()).isEqualTo(Outcome.NEWLY_REJECTED);
        assertThat(message(r, "plain.xml").outcome()).isEqualTo(Outcome.VALID_IN_BOTH);
    }

    @Test
    void badMessagesAndEmptySelectionsAreFindingsNotFailures() {
        ReplayResult r = replay("/soap:Envelope/soap:Body/*");
        MessageResult empty = message(r, "empty.xml");
        assertThat(empty.outcome()).isEqualTo(Outcome.INVALID_IN_BOTH);
        assertThat(empty.oldVersion().errors()).singleElement().asString()
                .isEqualTo("the payload XPath /soap:Envelope/soap:Body/* selects nothing in this message");
        MessageResult broken = message(r, "broken.xml");
        assertThat(broken.outcome()).isEqualTo(Outcome.NOT_WELL_FORMED);
        assertThat(broken.error()).matches("line 5 col \\d+: .*must be terminated.*");
        MessageResult doctype = message(r, "doctype.xml");
        assertThat(doctype.outcome()).isEqualTo(Outcome.NOT_WELL_FORMED);
        assertThat(doctype.error()).contains("DOCTYPE").doesNotContain("root:");
        ReplayResult text = replay("//session/text()");
        assertThat(message(text, "plain.xml").oldVersion().errors()).singleElement().asString()
                .isEqualTo("the payload XPath //session/text() selects a text node, not an element");
        ReplayResult number = replay("count(//*)");
        assertThat(message(number, "plain.xml").oldVersion().errors()).singleElement().asString()
                .isEqualTo("the payload XPath count(//*) selects the value '6', not an element");
    }

    @Test
    void anExpressionThatIsNotXPathIsRefusedBeforeAnyMessageIsRead() {
        assertThatThrownBy(() -> replay("/soap:Envelope/[")).isInstanceOf(ReplayException.class)
                .hasMessageStartingWith("payload XPath '/soap:Envelope/[': ");
        assertThatThrownBy(() -> ReplaySettings.of(corpus).withAdapter(ReplaySettings.Adapter.XPATH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a payload XPath");
    }
}
