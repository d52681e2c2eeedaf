package dev.xsdcompat.replay.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.webex.WebexSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageValidatorTest {

    private static final String SERVICE = "http://www.webex.com/schemas/2002/06/service";

    @TempDir
    Path temp;

    @Test
    void thePlainAdapterValidatesADocumentAsItIs() throws IOException {
        Files.writeString(temp.resolve("a.xsd"), """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t"
                           elementFormDefault="qualified">
                  <xs:element name="n" type="xs:int"/>
                </xs:schema>
                """);
        Path good = Files.writeString(temp.resolve("good.xml"), "<n xmlns=\"urn:t\">4</n>");
        Path bad = Files.writeString(temp.resolve("bad.xml"), "<n xmlns=\"urn:t\">\n four</n>");
        MessageValidator validator = new MessageValidator(SchemaCompiler.compile(temp), EnvelopeAdapter.plain());
        assertThat(validator.validate(good).valid()).isTrue();
        MessageValidation result = validator.validate(bad);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).line()).isEqualTo(2);
        assertThat(result.describe()).startsWith(bad + ":2:");
    }

    @Test
    void everyBodyContentOfABatchIsMappedAndValidated() {
        MessageValidation result = WebexSeries.validator("39.0")
                .validate(WebexSeries.corpus().resolve("39.0/batch/request-three.xml"));
        assertThat(result.valid()).as(result.describe()).isTrue();
        assertThat(result.payloads()).extracting(Payload::api)
                .containsExactly("GetUser", "GetSite", "GetSessionInfo");
        assertThat(result.payloads()).extracting(Payload::direction).containsOnly(Direction.REQUEST);
        assertThat(result.payloads().get(0).type())
                .isEqualTo(new QName(SERVICE + "/user", "getUser"));
    }

    @Test
    void unqualifiedRequestElementsGetTheNamespaceOfTheirDeclaration() {
        ContentIndex index = WebexSeries.cache().contentIndex(WebexSeries.release("39.0"));
        ContentIndex.TypeHandle createUser = index.type(new QName(SERVICE + "/user", "createUser")).orElseThrow();
        ContentIndex.ChildDeclaration address = index.child(createUser, "address", "").orElseThrow();
        assertThat(address.name()).isEqualTo(new QName(SERVICE + "/user", "address"));
        assertThat(index.child(address.type(), "city", "").orElseThrow().name())
                .isEqualTo(new QName("http://www.webex.com/schemas/2002/06/common", "city"));
        ContentIndex.TypeHandle message = index.type(new QName(SERVICE, "messageType")).orElseThrow();
        assertThat(index.child(message, "header", "").orElseThrow().name()).isEqualTo(new QName("", "header"));
        assertThat(index.child(message, "header", SERVICE).orElseThrow().name())
                .isEqualTo(new QName(SERVICE, "header"));
    }

    @Test
    void anUnknownRequestTypeIsNamedWithTheFile() {
        Path file = WebexSeries.corpus().resolve("bad/unknown-xsi-type.xml");
        MessageValidation result = WebexSeries.validator("40.6.0").validate(file);
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo(
                "no schema type for java:com.webex.service.binding.user.GetUserProfile (" + file + ")"));
    }

    @Test
    void theTooManyBodyContentRequestIsARequestSideRestrictionIn4044() {
        Path file = WebexSeries.corpus().resolve("40.4.3/batch/request-too-many.xml");
        assertThat(WebexSeries.validator("40.4.3").validate(file).valid()).isTrue();
        MessageValidation result = WebexSeries.validator("40.4.4").validate(file);
        assertThat(result.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("bodyContent"));
    }

    @Test
    void aBrokenSchemaSetNamesTheFile() throws IOException {
        Files.writeString(temp.resolve("broken.xsd"), """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="n" type="missing"/>
                </xs:schema>
                """);
        assertThatThrownBy(() -> SchemaCompiler.compile(temp))
                .isInstanceOf(SchemaCompilationException.class)
                .hasMessageContaining("broken.xsd:2:");
    }
}
