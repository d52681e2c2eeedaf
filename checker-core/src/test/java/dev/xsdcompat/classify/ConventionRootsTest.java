package dev.xsdcompat.classify;

import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.SchemaPair;

/** APIs found by naming convention: FooRequest and FooResponse make API Foo. */
class ConventionRootsTest {

    @TempDir
    Path dir;

    private static String body(String userExtra) {
        return "<xs:complexType name='User'><xs:sequence><xs:element name='id' type='xs:string'/>" + userExtra
                + "</xs:sequence></xs:complexType>"
                + "<xs:element name='GetUserRequest'><xs:complexType><xs:sequence><xs:element name='id' type='xs:string'/>"
                + "</xs:sequence></xs:complexType></xs:element>"
                + "<xs:element name='GetUserResponse'><xs:complexType><xs:sequence><xs:element name='user' type='t:User'/>"
                + "</xs:sequence></xs:complexType></xs:element>"
                + "<xs:element name='SetUserRequest'><xs:complexType><xs:sequence><xs:element name='user' type='t:User'/>"
                + "</xs:sequence></xs:complexType></xs:element>"
                + "<xs:element name='SetUserResponse' type='xs:boolean'/>";
    }

    @Test
    void aSharedTypeChangeReachesEachApiInItsDirection() {
        Path oldDir = SchemaPair.write(dir.resolve("a"), Map.of("s.xsd", schema(body(""))));
        Path newDir = SchemaPair.write(dir.resolve("b"), Map.of("s.xsd",
                schema(body("<xs:element name='admin' type='xs:boolean' minOccurs='0'/>"))));
        CheckResult r = CompatibilityCheck.builder()
                .conventions(Pattern.compile("(.*)Request"), Pattern.compile("(.*)Response")).build()
                .compare(oldDir, newDir);
        assertThat(r.roots()).contains("naming convention").contains("2 APIs");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.apis().request()).containsExactly("SetUser");
            assertThat(f.apis().response()).containsExactly("GetUser");
            assertThat(f.request()).isEqualTo(Severity.SAFE);
            assertThat(f.response()).isEqualTo(Severity.WARNING);
        });
    }
}
