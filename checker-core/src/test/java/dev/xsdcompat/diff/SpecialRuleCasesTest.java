package dev.xsdcompat.diff;

import static dev.xsdcompat.testing.SchemaPair.compareFiles;
import static dev.xsdcompat.testing.SchemaPair.ruleAndPath;
import static dev.xsdcompat.testing.SchemaPair.schema;
import static dev.xsdcompat.testing.SchemaPair.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;

/**
 * Focused cases for the rules that need whole files (another target namespace, no namespace, imports) or an
 * option (documentation comparison); {@link RuleCasesTest#coveredElsewhere()} lists them.
 */
class SpecialRuleCasesTest {

    @TempDir
    Path dir;

    /** A schema document for {@code targetNamespace} (none when empty), bound to prefix {@code p:}. */
    static String doc(String targetNamespace, String body) {
        String tns = targetNamespace.isEmpty() ? ""
                : " xmlns:p=\"" + targetNamespace + "\" targetNamespace=\"" + targetNamespace + "\"";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"%s elementFormDefault="qualified">
                %s
                </xs:schema>
                """.formatted(tns, body);
    }

    private static final String CONTENT = """
            <xs:element name='order' type='p:Order'/>
            <xs:element name='note' type='xs:string'/>
            <xs:complexType name='Order'><xs:sequence><xs:element name='id' type='xs:string'/></xs:sequence>
            </xs:complexType>""";

    // ---- namespace-changed ----------------------------------------------------------------------------------

    @Test
    void renamedFromTheRenameMapIsOneChangeAndTheContentIsComparedWithItsNewSelf() {
        var oldModel = dev.xsdcompat.testing.SchemaPair.model(dir.resolve("old"), schema(
                "<xs:complexType name='T'><xs:sequence><xs:element name='qty' type='xs:int'/></xs:sequence>"
                        + "</xs:complexType>"));
        var newModel = dev.xsdcompat.testing.SchemaPair.model(dir.resolve("new"), schema(
                "<xs:complexType name='T'><xs:sequence><xs:element name='quantity' type='xs:long'/></xs:sequence>"
                        + "</xs:complexType>"));
        List<Change> changes = new SchemaDiff(Map.of("{urn:t}T/qty", "{urn:t}T/quantity")).compare(oldModel, newModel);
        assertThat(changes).extracting(c -> c.rule().id() + " " + c.path().replace("{urn:t}", "t:"))
                .containsExactly("renamed t:T/quantity", "type-widened t:T/quantity");
        // Without the map: a removal and an addition.
        assertThat(new SchemaDiff().compare(oldModel, newModel)).extracting(c -> c.rule().id())
                .containsExactlyInAnyOrder("element-removed", "element-added-required");
    }

    @Test
    void namespaceRenamedIsOneFinding() {
        CheckResult r = compareFiles(dir, Map.of("s.xsd", doc("urn:t", CONTENT)), Map.of("s.xsd", doc("urn:t2", CONTENT)));
        assertThat(ruleAndPath(r)).containsExactly("namespace-changed {urn:t2}");
        assertThat(r.findings().get(0).change().oldValue()).isEqualTo("urn:t");
        assertThat(r.findings().get(0).change().newValue()).isEqualTo("urn:t2");
    }

    @Test
    void namespaceRenamedThenContentComparedUnderTheNewName() {
        String changed = CONTENT.replace("<xs:element name='id' type='xs:string'/>",
                "<xs:element name='id' type='xs:string'/><xs:element name='total' type='xs:decimal'/>")
                + "<xs:element name='extra' type='xs:string'/>";
        assertThat(ruleAndPath(compareFiles(dir, Map.of("s.xsd", doc("urn:t", CONTENT)),
                Map.of("s.xsd", doc("urn:t2", changed))))).containsExactly(
                        "namespace-changed {urn:t2}",
                        "element-added-required {urn:t2}Order/total",
                        "global-element-added {urn:t2}extra");
    }

    @Test
    void importedNamespaceRenamedIsOneFindingAlthoughReferencesToItChanged() {
        String lib = "<xs:complexType name='Money'><xs:simpleContent><xs:extension base='xs:decimal'>"
                + "<xs:attribute name='currency' type='xs:string'/></xs:extension></xs:simpleContent></xs:complexType>"
                + "<xs:element name='amount' type='p:Money'/>";
        String main = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" xmlns:l="%s"
                           targetNamespace="urn:t" elementFormDefault="qualified">
                  <xs:import namespace="%s" schemaLocation="lib.xsd"/>
                  <xs:complexType name='T'><xs:sequence><xs:element ref='l:amount'/>
                    <xs:element name='price' type='l:Money'/></xs:sequence></xs:complexType>
                </xs:schema>
                """;
        CheckResult r = compareFiles(dir,
                Map.of("main.xsd", main.formatted("urn:lib:1", "urn:lib:1"), "lib.xsd", doc("urn:lib:1", lib)),
                Map.of("main.xsd", main.formatted("urn:lib:2", "urn:lib:2"), "lib.xsd", doc("urn:lib:2", lib)));
        assertThat(ruleAndPath(r)).containsExactly("namespace-changed {urn:lib:2}");
    }

    @Test
    void unrelatedNamespacesAreNoRename() {
        assertThat(ruleAndPath(compareFiles(dir,
                Map.of("s.xsd", doc("urn:t", "<xs:element name='a' type='xs:string'/>")),
                Map.of("s.xsd", doc("urn:u", "<xs:element name='z' type='xs:string'/>")))))
                .containsExactly("global-element-removed t:a", "global-element-added {urn:u}z");
    }

    // ---- ref-changed (a no-namespace schema, where a local and a global element have the same name) -------

    @Test
    void localElementBecomesARefInANoNamespaceSchema() {
        String global = "<xs:element name='a' type='xs:string'/>";
        String old = global + "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                + "</xs:sequence></xs:complexType>";
        String neu = global + "<xs:complexType name='T'><xs:sequence><xs:element ref='a'/>"
                + "</xs:sequence></xs:complexType>";
        assertThat(ruleAndPath(compareFiles(dir, Map.of("s.xsd", doc("", old)), Map.of("s.xsd", doc("", neu)))))
                .containsExactly("ref-changed T/a");
    }

    // ---- documentation-changed (only with documentation comparison on) --------------------------------------

    private List<String> compareWithDocumentation(String oldBody, String newBody) {
        Path oldDir = write(dir.resolve("old"), Map.of("s.xsd", schema(oldBody)));
        Path newDir = write(dir.resolve("new"), Map.of("s.xsd", schema(newBody)));
        return ruleAndPath(CompatibilityCheck.builder().documentation(true).build().compare(oldDir, newDir));
    }

    private static String documented(String text) {
        return "<xs:annotation><xs:documentation>" + text + "</xs:documentation></xs:annotation>";
    }

    @Test
    void documentationTextChanged() {
        assertThat(compareWithDocumentation(
                "<xs:element name='e' type='xs:string'>" + documented("The old text.") + "</xs:element>",
                "<xs:element name='e' type='xs:string'>" + documented("The new text.") + "</xs:element>"))
                .containsExactly("documentation-changed t:e");
    }

    @Test
    void documentationAddedToATypeAndALocalAttribute() {
        assertThat(compareWithDocumentation(
                "<xs:complexType name='T'><xs:sequence/><xs:attribute name='x' type='xs:string'/></xs:complexType>",
                "<xs:complexType name='T'>" + documented("A type.") + "<xs:sequence/>"
                        + "<xs:attribute name='x' type='xs:string'>" + documented("An attribute.")
                        + "</xs:attribute></xs:complexType>"))
                .containsExactly("documentation-changed t:T", "documentation-changed t:T/@x");
    }

    @Test
    void documentationRewrappedIsNoChange() {
        assertThat(compareWithDocumentation(
                "<xs:simpleType name='S'>" + documented("One line of text.")
                        + "<xs:restriction base='xs:string'/></xs:simpleType>",
                "<xs:simpleType name='S'>" + documented("\n   One line\n   of text.\n")
                        + "<xs:restriction base='xs:string'/></xs:simpleType>"))
                .isEmpty();
    }

    @Test
    void documentationIsIgnoredByDefault() {
        assertThat(ruleAndPath(compareFiles(dir,
                Map.of("s.xsd", schema("<xs:element name='e' type='xs:string'>" + documented("Old") + "</xs:element>")),
                Map.of("s.xsd", schema("<xs:element name='e' type='xs:string'>" + documented("New") + "</xs:element>")))))
                .isEmpty();
    }
}
