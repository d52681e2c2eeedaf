package dev.xsdcompat.policy;

import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.classify.RootMode;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.SchemaPair;

/** Policy files: acceptance with reasons, re-levelling, silencing, client modes, renames, clear errors. */
class PolicyTest {

    @TempDir
    Path dir;

    private Path oldDir;
    private Path newDir;

    @BeforeEach
    void pair() {
        // v2 removes an enumeration value (breaking for requests), renames element 'qty' to 'quantity', and adds
        // an optional element (a response addition).
        oldDir = SchemaPair.write(dir.resolve("1.0.0"), Map.of("s.xsd", schema(
                "<xs:simpleType name='Status'><xs:restriction base='xs:string'><xs:enumeration value='OPEN'/>"
                        + "<xs:enumeration value='HELD'/></xs:restriction></xs:simpleType>"
                        + "<xs:element name='order'><xs:complexType><xs:sequence><xs:element name='status' type='t:Status'/>"
                        + "<xs:element name='qty' type='xs:int'/></xs:sequence></xs:complexType></xs:element>")));
        newDir = SchemaPair.write(dir.resolve("1.1.0"), Map.of("s.xsd", schema(
                "<xs:simpleType name='Status'><xs:restriction base='xs:string'><xs:enumeration value='OPEN'/>"
                        + "</xs:restriction></xs:simpleType>"
                        + "<xs:element name='order'><xs:complexType><xs:sequence><xs:element name='status' type='t:Status'/>"
                        + "<xs:element name='quantity' type='xs:int'/><xs:element name='note' type='xs:string' minOccurs='0'/>"
                        + "</xs:sequence></xs:complexType></xs:element>")));
    }

    private Path policy(String body) throws IOException {
        Path p = dir.resolve("policy.xml");
        Files.writeString(p, "<policy xmlns='urn:xsd-compat:policy:1'>\n" + body + "\n</policy>\n");
        return p;
    }

    private CheckResult check(Path policy) {
        return CompatibilityCheck.builder().policy(policy).build().compare(oldDir, newDir);
    }

    private static Finding finding(CheckResult r, Rule rule) {
        return r.findings().stream().filter(f -> f.change().rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void anAcceptedChangeNoLongerFailsButIsStillReportedWithItsReason() throws IOException {
        CheckResult without = CompatibilityCheck.builder().build().compare(oldDir, newDir);
        String fingerprint = finding(without, Rule.ENUM_VALUE_REMOVED).change().fingerprint();
        CheckResult with = check(policy("<rename from='{urn:t}order/qty' to='{urn:t}order/quantity'/>\n"
                + "<accept fingerprint='" + fingerprint + "' reason='HELD was never sent by any client'/>\n"
                + "<accept rule='renamed' path='{urn:t}order/*' reason='clients were migrated in 1.0.5'/>"));
        assertThat(without.fails(Severity.BREAKING)).isTrue();
        assertThat(with.fails(Severity.BREAKING)).isFalse();
        assertThat(finding(with, Rule.ENUM_VALUE_REMOVED).acceptedReason()).isEqualTo("HELD was never sent by any client");
        assertThat(finding(with, Rule.RENAMED).acceptedReason()).isEqualTo("clients were migrated in 1.0.5");
        assertThat(with.acceptedCount()).isEqualTo(2);
        assertThat(with.findings()).hasSameSizeAs(without.findings().subList(0, without.findings().size() - 1));
    }

    @Test
    void aRenameTurnsRemovalPlusAdditionIntoOneChange() throws IOException {
        CheckResult plain = CompatibilityCheck.builder().build().compare(oldDir, newDir);
        assertThat(plain.findings()).extracting(f -> f.change().rule())
                .contains(Rule.ELEMENT_REMOVED, Rule.ELEMENT_ADDED_REQUIRED);
        CheckResult renamed = check(policy("<rename from='{urn:t}order/qty' to='{urn:t}order/quantity'/>"));
        assertThat(renamed.findings()).extracting(f -> f.change().rule())
                .doesNotContain(Rule.ELEMENT_REMOVED, Rule.ELEMENT_ADDED_REQUIRED).contains(Rule.RENAMED);
        Finding rename = finding(renamed, Rule.RENAMED);
        assertThat(rename.change().oldValue()).isEqualTo("{urn:t}order/qty");
        assertThat(rename.change().newValue()).isEqualTo("{urn:t}order/quantity");
    }

    @Test
    void rulesCanBeRelevelledOrSilenced() throws IOException {
        CheckResult r = check(policy("<rule id='enum-value-removed' request='warning'/>\n"
                + "<rule id='element-added-optional' silence='true'/>"));
        assertThat(finding(r, Rule.ENUM_VALUE_REMOVED).request()).isEqualTo(Severity.WARNING);
        assertThat(r.findings()).noneMatch(f -> f.change().rule() == Rule.ELEMENT_ADDED_OPTIONAL);
    }

    @Test
    void clientModesDecideWhatResponseAdditionsMean() throws IOException {
        assertThat(finding(check(policy("")), Rule.ELEMENT_ADDED_OPTIONAL).response()).isEqualTo(Severity.WARNING);
        assertThat(finding(check(policy("<clients mode='strict'/>")), Rule.ELEMENT_ADDED_OPTIONAL).response())
                .isEqualTo(Severity.BREAKING);
        assertThat(finding(check(policy("<clients mode='lenient'/>")), Rule.ELEMENT_ADDED_OPTIONAL).response())
                .isEqualTo(Severity.SAFE);
        CheckResult override = CompatibilityCheck.builder().policy(policy("<clients mode='strict'/>"))
                .clients(ClientMode.LENIENT).build().compare(oldDir, newDir);
        assertThat(finding(override, Rule.ELEMENT_ADDED_OPTIONAL).response()).isEqualTo(Severity.SAFE);
    }

    @Test
    void versionLabelsMustBumpForBreakingChanges() throws IOException {
        CheckResult minor = check(policy(""));
        assertThat(minor.version()).isNotNull();
        assertThat(minor.version().violation()).isTrue();
        assertThat(minor.version().message()).contains("major").contains("1.0.0 -> 1.1.0");
        CheckResult minorAllowed = check(policy("<versioning breaking='minor'/>"));
        assertThat(minorAllowed.version().violation()).isFalse();
        assertThat(check(policy("<versioning scheme='none'/>")).version()).isNull();
        CheckResult notVersions = CompatibilityCheck.builder().versions("old", "new").build().compare(oldDir, newDir);
        assertThat(notVersions.version()).isNull();
        CheckResult backwardOnly = CompatibilityCheck.builder().rootMode(RootMode.FORWARD)
                .policy(policy("<rule id='enum-value-removed' silence='true'/><rule id='renamed' silence='true'/>"
                        + "<rename from='{urn:t}order/qty' to='{urn:t}order/quantity'/>"))
                .build().compare(oldDir, newDir);
        assertThat(backwardOnly.version().violation()).isFalse();
    }

    @Test
    void aMalformedPolicyNamesFileLineAndColumn() throws IOException {
        Path bad = policy("<accept rule='enum-value-removed'/>");
        assertThatThrownBy(() -> check(bad)).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(bad + ":2:").hasMessageContaining("reason");
        Path unknown = policy("<rule id='no-such-rule' request='safe'/>");
        assertThatThrownBy(() -> check(unknown)).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(unknown + ":2").hasMessageContaining("unknown rule id 'no-such-rule'");
        Path both = policy("<accept rule='renamed' fingerprint='0123456789abcdef' reason='x'/>");
        assertThatThrownBy(() -> check(both)).hasMessageContaining(both + ":2").hasMessageContaining("not both");
        Path notXml = dir.resolve("broken.xml");
        Files.writeString(notXml, "<policy xmlns='urn:xsd-compat:policy:1'>\n<rule id='x'\n");
        assertThatThrownBy(() -> check(notXml)).hasMessageStartingWith(notXml + ":3:");
        Path doctype = dir.resolve("xxe.xml");
        Files.writeString(doctype, "<!DOCTYPE policy [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                + "<policy xmlns='urn:xsd-compat:policy:1'/>");
        assertThatThrownBy(() -> check(doctype)).isInstanceOf(PolicyException.class).hasMessageContaining("DOCTYPE");
    }
}
