package dev.xsdcompat.classify;

import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.SchemaPair;

/** Types derived from a reachable type: reached through xsi:type when asked, unless the base blocks them. */
class DerivedTypesTest {

    @TempDir
    Path dir;

    /** order has type Party; Company extends it (a document may say xsi:type="t:Company"); vat becomes required. */
    private static String body(String block, String vatOccurs) {
        return "<xs:element name='order'><xs:complexType><xs:sequence><xs:element name='buyer' type='t:Party'/>"
                + "</xs:sequence></xs:complexType></xs:element>"
                + "<xs:complexType name='Party'" + block + "><xs:sequence><xs:element name='name' type='xs:string'/>"
                + "</xs:sequence></xs:complexType>"
                + "<xs:complexType name='Company'><xs:complexContent><xs:extension base='t:Party'><xs:sequence>"
                + "<xs:element name='vat' type='xs:string'" + vatOccurs + "/></xs:sequence></xs:extension>"
                + "</xs:complexContent></xs:complexType>";
    }

    private CheckResult compare(String block, boolean derivedTypes) {
        Path oldDir = SchemaPair.write(dir.resolve("a" + block.hashCode()), Map.of("s.xsd",
                schema(body(block, " minOccurs='0'"))));
        Path newDir = SchemaPair.write(dir.resolve("b" + block.hashCode()), Map.of("s.xsd", schema(body(block, ""))));
        return CompatibilityCheck.builder().derivedTypes(derivedTypes).build().compare(oldDir, newDir);
    }

    @Test
    void aChangeInADerivedTypeIsUnreachedUnlessDerivedTypesAreFollowed() {
        CheckResult ignored = compare("", false);
        assertThat(ignored.findings()).singleElement().satisfies(f -> {
            assertThat(f.change().path()).isEqualTo("{urn:t}Company/vat");
            assertThat(f.overall()).isEqualTo(Severity.INFO);
        });
        CheckResult followed = compare("", true);
        assertThat(followed.roots()).endsWith(", with the types derived from reachable ones (xsi:type)");
        assertThat(followed.findings()).singleElement().satisfies(f -> {
            assertThat(f.request()).isEqualTo(Severity.BREAKING);
            assertThat(f.overall()).isEqualTo(Severity.BREAKING);
        });
    }

    @Test
    void aBaseThatBlocksExtensionKeepsItsExtensionsOut() {
        assertThat(compare(" block='extension'", true).findings()).singleElement()
                .satisfies(f -> assertThat(f.overall()).isEqualTo(Severity.INFO));
        assertThat(compare(" block='#all'", true).findings()).singleElement()
                .satisfies(f -> assertThat(f.overall()).isEqualTo(Severity.INFO));
        assertThat(compare(" block='restriction'", true).findings()).singleElement()
                .satisfies(f -> assertThat(f.overall()).isEqualTo(Severity.BREAKING));
    }
}
