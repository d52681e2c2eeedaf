package dev.xsdcompat.diff;

import static dev.xsdcompat.testing.SchemaPair.compareBodies;
import static dev.xsdcompat.testing.SchemaPair.compareFiles;
import static dev.xsdcompat.testing.SchemaPair.ruleAndPath;
import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.check.CheckResult;

/**
 * Rewrites that accept exactly the same documents give no finding at all; a single change gives exactly one
 * finding, not a cascade.
 */
class NoChangeCasesTest {

    @TempDir
    Path dir;

    /** Two versions as whole files (name to content). */
    record Rewrite(String name, Map<String, String> oldFiles, Map<String, String> newFiles) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A rewrite of one schema body (namespace {@code urn:t}, prefixes {@code xs:} and {@code t:}). */
    static Rewrite bodies(String name, String oldBody, String newBody) {
        return new Rewrite(name, Map.of("s.xsd", schema(oldBody)), Map.of("s.xsd", schema(newBody)));
    }

    private static final String ORDER = """
            <xs:complexType name='Order'>
              <xs:sequence>
                <xs:element name='id' type='xs:string'/>
                <xs:element name='line' type='t:Line' maxOccurs='unbounded'/>
                <xs:element name='note' type='xs:string' minOccurs='0'/>
              </xs:sequence>
              <xs:attribute name='version' type='xs:int'/>
            </xs:complexType>""";
    private static final String LINE = """
            <xs:complexType name='Line'>
              <xs:sequence><xs:element name='sku' type='t:Sku'/></xs:sequence>
            </xs:complexType>""";
    private static final String SKU = """
            <xs:simpleType name='Sku'><xs:restriction base='xs:string'><xs:maxLength value='10'/></xs:restriction>
            </xs:simpleType>""";
    private static final String ROOT = "<xs:element name='order' type='t:Order'/>";

    static Stream<Rewrite> rewrites() {
        return Stream.of(
                bodies("global declarations reordered", ROOT + ORDER + LINE + SKU, SKU + LINE + ORDER + ROOT),
                new Rewrite("namespace prefixes renamed (xs: to xsd:, t: to tns:)",
                        Map.of("s.xsd", schema(ROOT + ORDER + LINE + SKU)),
                        Map.of("s.xsd", """
                                <?xml version="1.0" encoding="UTF-8"?>
                                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:t"
                                            targetNamespace="urn:t" elementFormDefault="qualified">
                                %s
                                </xsd:schema>
                                """.formatted((ROOT + ORDER + LINE + SKU).replace("xs:", "xsd:")
                                .replace("t:", "tns:")))),
                bodies("defaults spelled out (occurs, use, processContents, form, nillable, abstract, mixed)",
                        "<xs:element name='r' type='t:T'/>"
                                + "<xs:complexType name='T'><xs:sequence>"
                                + "<xs:element name='a' type='xs:string'/><xs:any namespace='##other'/>"
                                + "</xs:sequence><xs:attribute name='x' type='xs:string'/><xs:anyAttribute/>"
                                + "</xs:complexType>",
                        "<xs:element name='r' type='t:T' nillable='false' abstract='false'/>"
                                + "<xs:complexType name='T' abstract='false' mixed='false'>"
                                + "<xs:sequence minOccurs='1' maxOccurs='1'>"
                                + "<xs:element name='a' type='xs:string' minOccurs='1' maxOccurs='1'"
                                + " form='qualified' nillable='false'/>"
                                + "<xs:any namespace='##other' processContents='strict' minOccurs='1' maxOccurs='1'/>"
                                + "</xs:sequence>"
                                + "<xs:attribute name='x' type='xs:string' use='optional' form='unqualified'/>"
                                + "<xs:anyAttribute namespace='##any' processContents='strict'/>"
                                + "</xs:complexType>"),
                new Rewrite("declarations moved into an included file, files renamed",
                        Map.of("all.xsd", schema(ROOT + ORDER + LINE + SKU)),
                        Map.of("order.xsd", schema("<xs:include schemaLocation='common/types.xsd'/>" + ROOT + ORDER),
                                "common/types.xsd", schema(LINE + SKU))),
                bodies("sequence wrapped in a redundant nested sequence",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:int' minOccurs='0'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "</xs:sequence><xs:sequence><xs:element name='b' type='xs:int' minOccurs='0'/>"
                                + "</xs:sequence></xs:sequence></xs:complexType>"),
                bodies("documentation added and changed (documentation comparison off)",
                        "<xs:element name='e' type='t:S'><xs:annotation><xs:documentation>Old text</xs:documentation>"
                                + "</xs:annotation></xs:element>" + SKU.replace("Sku", "S"),
                        "<xs:element name='e' type='t:S'><xs:annotation><xs:documentation>New text</xs:documentation>"
                                + "</xs:annotation></xs:element>"
                                + "<xs:simpleType name='S'><xs:annotation><xs:documentation>Added</xs:documentation>"
                                + "<xs:appinfo>tool data</xs:appinfo></xs:annotation>"
                                + "<xs:restriction base='xs:string'><xs:maxLength value='10'/></xs:restriction>"
                                + "</xs:simpleType>"),
                bodies("numeric facets spelled differently (010 vs 10, 1.50 vs 1.5)",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:maxLength value='10'/>"
                                + "</xs:restriction></xs:simpleType>"
                                + "<xs:simpleType name='D'><xs:restriction base='xs:decimal'>"
                                + "<xs:maxInclusive value='1.5'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:maxLength value='010'/>"
                                + "</xs:restriction></xs:simpleType>"
                                + "<xs:simpleType name='D'><xs:restriction base='xs:decimal'>"
                                + "<xs:maxInclusive value='1.50'/></xs:restriction></xs:simpleType>"),
                bodies("enumeration order changed",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='A'/>"
                                + "<xs:enumeration value='B'/><xs:enumeration value='C'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='C'/>"
                                + "<xs:enumeration value='A'/><xs:enumeration value='B'/></xs:restriction></xs:simpleType>"),
                bodies("a choice with one branch instead of a sequence",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "</xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:choice><xs:element name='a' type='xs:string'/>"
                                + "</xs:choice></xs:complexType>"),
                bodies("wildcard namespace ##targetNamespace spelled as the URI",
                        "<xs:complexType name='T'><xs:sequence><xs:any namespace='##targetNamespace ##local'/>"
                                + "</xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:any namespace='##local urn:t'/>"
                                + "</xs:sequence></xs:complexType>"),
                bodies("attributes reordered",
                        "<xs:complexType name='T'><xs:sequence/><xs:attribute name='x' type='xs:string'/>"
                                + "<xs:attribute name='y' type='xs:int' use='required'/></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence/><xs:attribute name='y' type='xs:int' use='required'/>"
                                + "<xs:attribute name='x' type='xs:string'/></xs:complexType>"),
                bodies("minLength 0 spelled out", "<xs:simpleType name='S'><xs:restriction base='xs:string'>"
                        + "<xs:maxLength value='5'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:minLength value='0'/>"
                                + "<xs:maxLength value='5'/></xs:restriction></xs:simpleType>"));
    }

    /** Rewrites that accept the same documents and once gave findings: kept as regression tests. */
    static Stream<Rewrite> knownBugs() {
        return Stream.of(
                // gives type-widened t:e (an absent type is taken as anyType, then compared with xs:anyType by derivation)
                bodies("element type xs:anyType spelled out",
                        "<xs:element name='e'/>", "<xs:element name='e' type='xs:anyType'/>"),
                // gives type-narrowed t:T/@x (an attribute without type is taken as anyType instead of anySimpleType)
                bodies("attribute type xs:anySimpleType spelled out",
                        "<xs:complexType name='T'><xs:sequence/><xs:attribute name='x'/></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence/><xs:attribute name='x' type='xs:anySimpleType'/>"
                                + "</xs:complexType>"),
                // gives whitespace-changed t:S [whiteSpace] (the base type's own whiteSpace is not taken as the default)
                bodies("whiteSpace of xs:string (preserve) spelled out",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:maxLength value='5'/>"
                                + "</xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:maxLength value='5'/>"
                                + "<xs:whiteSpace value='preserve'/></xs:restriction></xs:simpleType>"),
                // gives enum-value-added t:S [01] and enum-value-removed t:S [1] (values compared as written)
                bodies("numeric enumeration spelled differently (01 vs 1)",
                        "<xs:simpleType name='S'><xs:restriction base='xs:int'><xs:enumeration value='1'/>"
                                + "<xs:enumeration value='2'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:int'><xs:enumeration value='01'/>"
                                + "<xs:enumeration value='2'/></xs:restriction></xs:simpleType>"),
                // gives compositor-changed t:T/a (sequence[1..unbounded] vs none)
                bodies("a repeating sequence of one element instead of a repeating element",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'"
                                + " maxOccurs='unbounded'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence maxOccurs='unbounded'>"
                                + "<xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>"),
                // gives compositor-changed t:T/a (all vs sequence)
                bodies("an all with one element instead of a sequence",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "</xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:all><xs:element name='a' type='xs:string'/>"
                                + "</xs:all></xs:complexType>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewrites")
    void sameDocumentsGiveNoFinding(Rewrite r) {
        CheckResult result = compareFiles(dir, r.oldFiles(), r.newFiles());
        assertThat(ruleAndPath(result)).as("findings of %s", r.name()).isEmpty();
        assertThat(result.newSide().documents()).as("documents loaded").hasSize(r.newFiles().size());
        assertThat(result.newSide().components()).as("components on both sides")
                .isEqualTo(result.oldSide().components()).isPositive();
        assertThat(result.oldSide().warnings()).isEmpty();
        assertThat(result.newSide().warnings()).isEmpty();
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("knownBugs")
    void knownBugsGiveNoFinding(Rewrite r) {
        assertThat(ruleAndPath(compareFiles(dir, r.oldFiles(), r.newFiles()))).as("findings of %s", r.name())
                .isEmpty();
    }

    @Test
    void aNewComplexTypeWithChildrenIsOneFinding() {
        String old = "<xs:element name='e' type='xs:string'/>";
        String added = old + """
                <xs:complexType name='Address'>
                  <xs:sequence>
                    <xs:element name='street' type='xs:string'/>
                    <xs:element name='geo' minOccurs='0'>
                      <xs:complexType><xs:sequence><xs:element name='lat' type='xs:decimal'/></xs:sequence>
                        <xs:attribute name='datum' type='xs:string'/></xs:complexType>
                    </xs:element>
                    <xs:any namespace='##other' minOccurs='0'/>
                  </xs:sequence>
                  <xs:attribute name='kind' type='xs:string' use='required'/>
                  <xs:anyAttribute/>
                </xs:complexType>""";
        assertThat(ruleAndPath(compareBodies(dir, old, added))).containsExactly("type-added t:Address");
    }

    @Test
    void anOptionalElementWithAnAnonymousTypeIsOneFinding() {
        String old = "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence>"
                + "</xs:complexType>";
        String added = "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                + "<xs:element name='extra' minOccurs='0'><xs:complexType><xs:sequence>"
                + "<xs:element name='x' type='xs:string'/><xs:element name='y'><xs:simpleType>"
                + "<xs:restriction base='xs:int'><xs:maxInclusive value='9'/></xs:restriction></xs:simpleType>"
                + "</xs:element></xs:sequence><xs:attribute name='z' type='xs:string' use='required'/>"
                + "</xs:complexType></xs:element></xs:sequence></xs:complexType>";
        assertThat(ruleAndPath(compareBodies(dir, old, added))).containsExactly("element-added-optional t:T/extra");
    }

    @Test
    void aRemovedGlobalElementWithAnAnonymousTypeIsOneFinding() {
        String kept = "<xs:element name='e' type='xs:string'/>";
        String removed = kept + "<xs:element name='gone'><xs:complexType><xs:sequence>"
                + "<xs:element name='x' type='xs:string'/></xs:sequence><xs:attribute name='y' type='xs:int'/>"
                + "</xs:complexType></xs:element>";
        assertThat(ruleAndPath(compareBodies(dir, removed, kept))).containsExactly("global-element-removed t:gone");
    }
}
