package dev.xsdcompat.diff;

import static dev.xsdcompat.testing.SchemaPair.compareBodies;
import static dev.xsdcompat.testing.SchemaPair.ruleAndPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.testing.SchemaPair;

/**
 * One focused case per rule id: a tiny old/new schema pair and exactly the findings it must give
 * ({@code rule-id path [subject]}, with the test namespace shown as {@code t:}).
 */
class RuleCasesTest {

    /** A filler declaration, so that neither side of a case is an empty schema. */
    private static final String E = "<xs:element name='e' type='xs:string'/>";
    private static final String A = "<xs:element name='a' type='xs:string'/>";
    private static final String B = "<xs:element name='b' type='xs:string'/>";
    private static final String G = "<xs:group name='G'><xs:sequence><xs:element name='g1' type='xs:string'/>"
            + "</xs:sequence></xs:group>";
    private static final String AG = "<xs:attributeGroup name='AG'><xs:attribute name='ag1' type='xs:string'/>"
            + "</xs:attributeGroup>";

    @TempDir
    Path dir;

    record Case(String name, String oldBody, String newBody, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, String oldBody, String newBody, String... expected) {
        return new Case(name, oldBody, newBody, List.of(expected));
    }

    /** Complex type {@code T} with the given content (particle, attributes, ...). */
    static String ct(String content) {
        return ct("", content);
    }

    /** Complex type {@code T} with extra attributes on the complexType element. */
    static String ct(String attributes, String content) {
        return "<xs:complexType name='T'" + attributes + ">" + content + "</xs:complexType>";
    }

    /** Complex type {@code T} with a sequence of the given particles. */
    static String seq(String... particles) {
        return ct("<xs:sequence>" + String.join("", particles) + "</xs:sequence>");
    }

    /** Complex type {@code T}, an empty sequence and the given attribute declarations. */
    static String attrs(String... attributes) {
        return ct("<xs:sequence/>" + String.join("", attributes));
    }

    /** Simple type {@code S} restricting {@code base} with the given facets. */
    static String st(String base, String facets) {
        return "<xs:simpleType name='S'><xs:restriction base='" + base + "'>" + facets
                + "</xs:restriction></xs:simpleType>";
    }

    /** A facet case on simple type {@code S}: expects one finding with the facet's name as subject. */
    static Case facet(String rule, String facet, String base, String oldFacets, String newFacets) {
        return c(rule + " " + facet + ": " + oldFacets + " -> " + newFacets, st(base, oldFacets),
                st(base, newFacets), rule + " t:S [" + facet + "]");
    }

    static String f(String facet, String value) {
        return "<xs:" + facet + " value='" + value + "'/>";
    }

    static Stream<Case> cases() {
        return Stream.of(globalComponents(), content(), occurrence(), declarations(), types(), facets())
                .flatMap(s -> s);
    }

    static Stream<Case> globalComponents() {
        return Stream.of(
                c("global-element-added", E, E + "<xs:element name='b' type='xs:int'/>",
                        "global-element-added t:b"),
                c("global-element-removed", E + "<xs:element name='b' type='xs:int'/>", E,
                        "global-element-removed t:b"),
                c("global-attribute-added", E, E + "<xs:attribute name='g' type='xs:string'/>",
                        "global-attribute-added t:g"),
                c("global-attribute-removed", E + "<xs:attribute name='g' type='xs:string'/>", E,
                        "global-attribute-removed t:g"),
                c("type-added (simple)", E, E + st("xs:string", f("maxLength", "5")), "type-added t:S"),
                c("type-removed (complex, with children)", E + seq(A, B), E, "type-removed t:T"),
                c("type-kind-changed (simple to complex with simple content)",
                        "<xs:simpleType name='X'><xs:restriction base='xs:string'/></xs:simpleType>",
                        "<xs:complexType name='X'><xs:simpleContent><xs:extension base='xs:string'/>"
                                + "</xs:simpleContent></xs:complexType>",
                        "type-kind-changed t:X"),
                c("group-added (its elements are not reported)", E, E + G, "group-added t:G"),
                c("group-removed", E + G, E, "group-removed t:G"),
                c("attribute-group-added (its attributes are not reported)", E, E + AG,
                        "attribute-group-added t:AG"),
                c("attribute-group-removed", E + AG, E, "attribute-group-removed t:AG"));
    }

    static Stream<Case> content() {
        return Stream.of(
                c("element-added-optional",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:boolean' minOccurs='0'/></xs:sequence></xs:complexType>",
                        "element-added-optional t:T/b"),
                c("element-added-optional (branch of a choice)",
                        ct("<xs:choice>" + A + B + "</xs:choice>"),
                        ct("<xs:choice>" + A + B + "<xs:element name='c' type='xs:string'/></xs:choice>"),
                        "element-added-optional t:T/c"),
                c("element-added-required",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:boolean'/></xs:sequence></xs:complexType>",
                        "element-added-required t:T/b"),
                c("element-added-required (in an anonymous type)",
                        "<xs:element name='e'><xs:complexType><xs:sequence>" + A + "</xs:sequence></xs:complexType></xs:element>",
                        "<xs:element name='e'><xs:complexType><xs:sequence>" + A + B + "</xs:sequence></xs:complexType></xs:element>",
                        "element-added-required t:e/b"),
                c("element-removed",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:string' minOccurs='0'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "element-removed t:T/b"),
                c("element-removed (its anonymous type's children are not reported)",
                        seq(A, "<xs:element name='b' minOccurs='0'><xs:complexType><xs:sequence>"
                                + "<xs:element name='c' type='xs:string'/></xs:sequence>"
                                + "<xs:attribute name='d' type='xs:string'/></xs:complexType></xs:element>"),
                        seq(A), "element-removed t:T/b"),
                c("element-removed (from a group)",
                        E + "<xs:group name='G'><xs:sequence>" + A + B + "</xs:sequence></xs:group>",
                        E + "<xs:group name='G'><xs:sequence>" + A + "</xs:sequence></xs:group>",
                        "element-removed t:G/b"),
                c("attribute-added-optional", attrs(), attrs("<xs:attribute name='x' type='xs:string'/>"),
                        "attribute-added-optional t:T/@x"),
                c("attribute-added-required", attrs(),
                        attrs("<xs:attribute name='x' type='xs:string' use='required'/>"),
                        "attribute-added-required t:T/@x"),
                c("attribute-added-optional (to an attribute group)", AG,
                        "<xs:attributeGroup name='AG'><xs:attribute name='ag1' type='xs:string'/>"
                                + "<xs:attribute name='ag2' type='xs:int'/></xs:attributeGroup>",
                        "attribute-added-optional t:AG/@ag2"),
                c("attribute-removed", attrs("<xs:attribute name='x' type='xs:string'/>"), attrs(),
                        "attribute-removed t:T/@x"),
                c("wildcard-added (element)", seq(A),
                        seq(A, "<xs:any namespace='##other' processContents='lax' minOccurs='0'/>"),
                        "wildcard-added t:T/*"),
                c("wildcard-added (attribute)", attrs(), attrs("<xs:anyAttribute/>"), "wildcard-added t:T/@*"),
                c("wildcard-removed (element)", seq(A, "<xs:any minOccurs='0' maxOccurs='unbounded'/>"), seq(A),
                        "wildcard-removed t:T/*"),
                c("wildcard-removed (attribute)", attrs("<xs:anyAttribute processContents='skip'/>"), attrs(),
                        "wildcard-removed t:T/@*"),
                c("wildcard-narrowed (##any to ##other)", seq("<xs:any/>"), seq("<xs:any namespace='##other'/>"),
                        "wildcard-narrowed t:T/* [namespace]"),
                c("wildcard-narrowed (lax to strict)", attrs("<xs:anyAttribute processContents='lax'/>"),
                        attrs("<xs:anyAttribute/>"), "wildcard-narrowed t:T/@* [processContents]"),
                c("wildcard-widened (a namespace more)", seq("<xs:any namespace='##targetNamespace'/>"),
                        seq("<xs:any namespace='##targetNamespace ##local'/>"), "wildcard-widened t:T/* [namespace]"),
                c("wildcard-widened (strict to skip)", attrs("<xs:anyAttribute processContents='strict'/>"),
                        attrs("<xs:anyAttribute processContents='skip'/>"),
                        "wildcard-widened t:T/@* [processContents]"),
                c("group-reference-added", G + seq(A), G + seq(A, "<xs:group ref='t:G'/>"),
                        "group-reference-added t:T [{urn:t}G]"),
                c("group-reference-removed", G + seq(A, "<xs:group ref='t:G'/>"), G + seq(A),
                        "group-reference-removed t:T [{urn:t}G]"),
                c("attribute-group-reference-added", AG + attrs(), AG + attrs("<xs:attributeGroup ref='t:AG'/>"),
                        "attribute-group-reference-added t:T [{urn:t}AG]"),
                c("attribute-group-reference-removed", AG + attrs("<xs:attributeGroup ref='t:AG'/>"), AG + attrs(),
                        "attribute-group-reference-removed t:T [{urn:t}AG]"));
    }

    static Stream<Case> occurrence() {
        return Stream.of(
                c("min-occurs-increased", seq("<xs:element name='a' type='xs:string' minOccurs='0'/>"), seq(A),
                        "min-occurs-increased t:T/a"),
                c("min-occurs-decreased", seq(A), seq("<xs:element name='a' type='xs:string' minOccurs='0'/>"),
                        "min-occurs-decreased t:T/a"),
                c("min-occurs-decreased (2 to 1)",
                        seq("<xs:element name='a' type='xs:string' minOccurs='2' maxOccurs='5'/>"),
                        seq("<xs:element name='a' type='xs:string' maxOccurs='5'/>"),
                        "min-occurs-decreased t:T/a"),
                c("max-occurs-increased", seq(A), seq("<xs:element name='a' type='xs:string' maxOccurs='unbounded'/>"),
                        "max-occurs-increased t:T/a"),
                c("max-occurs-decreased",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' maxOccurs='unbounded'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' maxOccurs='50'/></xs:sequence></xs:complexType>",
                        "max-occurs-decreased t:T/a"),
                c("max-occurs-decreased (of a wildcard)", seq("<xs:any maxOccurs='unbounded'/>"),
                        seq("<xs:any maxOccurs='3'/>"), "max-occurs-decreased t:T/*"),
                c("compositor-changed (sequence to choice)", seq(A, B), ct("<xs:choice>" + A + B + "</xs:choice>"),
                        "compositor-changed t:T/a", "compositor-changed t:T/b"),
                c("compositor-changed (sequence to all)", seq(A, B), ct("<xs:all>" + A + B + "</xs:all>"),
                        "compositor-changed t:T/a", "compositor-changed t:T/b"),
                c("child-order-changed", seq(A, B), seq(B, A), "child-order-changed t:T"),
                c("child-order-changed (with an addition)", seq(A, B),
                        seq(B, "<xs:element name='c' type='xs:string' minOccurs='0'/>", A),
                        "child-order-changed t:T", "element-added-optional t:T/c"),
                c("group-reference-occurs-changed", G + seq(A, "<xs:group ref='t:G'/>"),
                        G + seq(A, "<xs:group ref='t:G' minOccurs='0'/>"),
                        "group-reference-occurs-changed t:T [{urn:t}G]"));
    }

    static Stream<Case> declarations() {
        String head = "<xs:element name='h' type='xs:string'/>";
        return Stream.of(
                c("type-changed (unrelated built-ins)", "<xs:element name='e' type='xs:string'/>",
                        "<xs:element name='e' type='xs:int'/>", "type-changed t:e"),
                c("type-changed (local element, named types)",
                        "<xs:complexType name='P'/><xs:complexType name='Q'/>"
                                + seq("<xs:element name='a' type='t:P'/>"),
                        "<xs:complexType name='P'/><xs:complexType name='Q'/>"
                                + seq("<xs:element name='a' type='t:Q'/>"),
                        "type-changed t:T/a"),
                c("type-changed (named type inlined as an anonymous type: its children are not reported)",
                        "<xs:complexType name='P'><xs:sequence>" + A + "</xs:sequence></xs:complexType>"
                                + "<xs:element name='e' type='t:P'/>",
                        "<xs:complexType name='P'><xs:sequence>" + A + "</xs:sequence></xs:complexType>"
                                + "<xs:element name='e'><xs:complexType><xs:sequence>" + A
                                + "</xs:sequence></xs:complexType></xs:element>",
                        "type-changed t:e"),
                c("type-widened (int to long)", "<xs:element name='e' type='xs:int'/>",
                        "<xs:element name='e' type='xs:long'/>", "type-widened t:e"),
                c("type-widened (attribute, to the base of a named type)",
                        st("xs:string", f("maxLength", "5")) + attrs("<xs:attribute name='x' type='t:S'/>"),
                        st("xs:string", f("maxLength", "5")) + attrs("<xs:attribute name='x' type='xs:string'/>"),
                        "type-widened t:T/@x"),
                c("type-narrowed (long to int)", "<xs:element name='e' type='xs:long'/>",
                        "<xs:element name='e' type='xs:int'/>", "type-narrowed t:e"),
                c("type-narrowed (to a type derived from the old one)",
                        st("xs:token", f("maxLength", "5")) + "<xs:element name='e' type='xs:token'/>",
                        st("xs:token", f("maxLength", "5")) + "<xs:element name='e' type='t:S'/>",
                        "type-narrowed t:e"),
                c("nillable-added", "<xs:element name='e' type='xs:string'/>",
                        "<xs:element name='e' type='xs:string' nillable='true'/>", "nillable-added t:e"),
                c("nillable-removed", seq("<xs:element name='a' type='xs:string' nillable='true'/>"), seq(A),
                        "nillable-removed t:T/a"),
                c("default-changed (element)", "<xs:element name='e' type='xs:string' default='x'/>",
                        "<xs:element name='e' type='xs:string' default='y'/>", "default-changed t:e"),
                c("default-changed (attribute default added)", attrs("<xs:attribute name='x' type='xs:int'/>"),
                        attrs("<xs:attribute name='x' type='xs:int' default='3'/>"), "default-changed t:T/@x"),
                c("fixed-added", attrs("<xs:attribute name='x' type='xs:string'/>"),
                        attrs("<xs:attribute name='x' type='xs:string' fixed='1.0'/>"), "fixed-added t:T/@x"),
                c("fixed-removed", "<xs:element name='e' type='xs:string' fixed='v'/>",
                        "<xs:element name='e' type='xs:string'/>", "fixed-removed t:e"),
                c("fixed-changed", attrs("<xs:attribute name='x' type='xs:string' fixed='1.0'/>"),
                        attrs("<xs:attribute name='x' type='xs:string' fixed='2.0'/>"), "fixed-changed t:T/@x"),
                c("form-changed (element unqualified to qualified)",
                        seq("<xs:element name='a' type='xs:string' form='unqualified'/>"), seq(A),
                        "form-changed t:T/a"),
                c("form-changed (attribute unqualified to qualified)", attrs("<xs:attribute name='x' type='xs:string'/>"),
                        attrs("<xs:attribute name='x' type='xs:string' form='qualified'/>"), "form-changed t:T/@x"),
                c("abstract-added (type)", seq(A), ct(" abstract='true'", "<xs:sequence>" + A + "</xs:sequence>"),
                        "abstract-added t:T"),
                c("abstract-removed (element)", "<xs:element name='e' type='xs:string' abstract='true'/>",
                        "<xs:element name='e' type='xs:string'/>", "abstract-removed t:e"),
                c("block-changed (element)", "<xs:element name='e' type='xs:string'/>",
                        "<xs:element name='e' type='xs:string' block='substitution'/>", "block-changed t:e"),
                c("block-changed (type)", seq(A), ct(" block='extension'", "<xs:sequence>" + A + "</xs:sequence>"),
                        "block-changed t:T"),
                c("final-changed (simple type)", st("xs:string", ""),
                        "<xs:simpleType name='S' final='list'><xs:restriction base='xs:string'/></xs:simpleType>",
                        "final-changed t:S"),
                c("final-changed (complex type)", ct(" final='#all'", "<xs:sequence>" + A + "</xs:sequence>"),
                        seq(A), "final-changed t:T"),
                c("substitution-group-changed (joined)", head + "<xs:element name='m' type='xs:string'/>",
                        head + "<xs:element name='m' type='xs:string' substitutionGroup='t:h'/>",
                        "substitution-group-changed t:m"),
                c("substitution-group-changed (left)",
                        head + "<xs:element name='m' type='xs:string' substitutionGroup='t:h'/>",
                        head + "<xs:element name='m' type='xs:string'/>", "substitution-group-changed t:m"),
                c("attribute-became-required", attrs("<xs:attribute name='x' type='xs:string'/>"),
                        attrs("<xs:attribute name='x' type='xs:string' use='required'/>"),
                        "attribute-became-required t:T/@x"),
                c("attribute-became-optional", attrs("<xs:attribute name='x' type='xs:string' use='required'/>"),
                        attrs("<xs:attribute name='x' type='xs:string'/>"), "attribute-became-optional t:T/@x"),
                c("attribute-prohibited", attrs("<xs:attribute name='x' type='xs:string'/>"),
                        attrs("<xs:attribute name='x' type='xs:string' use='prohibited'/>"),
                        "attribute-prohibited t:T/@x"));
    }

    static Stream<Case> types() {
        String bases = "<xs:complexType name='B1'/><xs:complexType name='B2'/>";
        String parent = st("xs:string", f("maxLength", "10")).replace("'S'", "'P'");
        String child = "<xs:simpleType name='C'><xs:restriction base='t:P'>" + f("maxLength", "5")
                + "</xs:restriction></xs:simpleType>";
        return Stream.of(
                c("derivation-changed (simple content, unrelated base)",
                        ct("<xs:simpleContent><xs:extension base='xs:string'/></xs:simpleContent>"),
                        ct("<xs:simpleContent><xs:extension base='xs:int'/></xs:simpleContent>"),
                        "derivation-changed t:T"),
                c("derivation-changed (complex extension, other base)",
                        bases + ct("<xs:complexContent><xs:extension base='t:B1'/></xs:complexContent>"),
                        bases + ct("<xs:complexContent><xs:extension base='t:B2'/></xs:complexContent>"),
                        "derivation-changed t:T"),
                c("base-type-widened (int to long)", st("xs:int", ""), st("xs:long", ""), "base-type-widened t:S"),
                c("base-type-widened (user types)", parent + child + st("t:C", ""), parent + child + st("t:P", ""),
                        "base-type-widened t:S"),
                c("base-type-narrowed (long to int)", st("xs:long", ""), st("xs:int", ""), "base-type-narrowed t:S"),
                c("base-type-narrowed (user types)", parent + child + st("t:P", ""), parent + child + st("t:C", ""),
                        "base-type-narrowed t:S"),
                c("mixed-added", seq(A), ct(" mixed='true'", "<xs:sequence>" + A + "</xs:sequence>"),
                        "mixed-added t:T"),
                c("mixed-removed", ct(" mixed='true'", "<xs:sequence>" + A + "</xs:sequence>"), seq(A),
                        "mixed-removed t:T"),
                c("item-type-changed", "<xs:simpleType name='L'><xs:list itemType='xs:string'/></xs:simpleType>",
                        "<xs:simpleType name='L'><xs:list itemType='xs:int'/></xs:simpleType>",
                        "item-type-changed t:L"),
                c("union-member-added", st("xs:string", "").replace("'S'", "'A'") + st("xs:int", "")
                                + "<xs:simpleType name='U'><xs:union memberTypes='t:A'/></xs:simpleType>",
                        st("xs:string", "").replace("'S'", "'A'") + st("xs:int", "")
                                + "<xs:simpleType name='U'><xs:union memberTypes='t:A t:S'/></xs:simpleType>",
                        "union-member-added t:U [{urn:t}S]"),
                c("union-member-removed",
                        "<xs:simpleType name='U'><xs:union memberTypes='xs:int xs:date'/></xs:simpleType>",
                        "<xs:simpleType name='U'><xs:union memberTypes='xs:int'/></xs:simpleType>",
                        "union-member-removed t:U [{http://www.w3.org/2001/XMLSchema}date]"));
    }

    static Stream<Case> facets() {
        String tightened = "facet-tightened";
        String loosened = "facet-loosened";
        return Stream.of(
                facet(tightened, "maxLength", "xs:string", f("maxLength", "10"), f("maxLength", "5")),
                facet(loosened, "maxLength", "xs:string", f("maxLength", "5"), f("maxLength", "10")),
                facet(tightened, "maxLength", "xs:string", "", f("maxLength", "5")),
                facet(loosened, "maxLength", "xs:string", f("maxLength", "5"), ""),
                facet(tightened, "minLength", "xs:string", f("minLength", "1"), f("minLength", "2")),
                facet(loosened, "minLength", "xs:string", f("minLength", "2"), f("minLength", "1")),
                facet(loosened, "minLength", "xs:string", f("minLength", "1"), f("minLength", "0")),
                facet(tightened, "length", "xs:string", f("length", "5"), f("length", "6")),
                facet(loosened, "length", "xs:string", f("length", "5"), ""),
                facet(tightened, "minInclusive", "xs:int", f("minInclusive", "0"), f("minInclusive", "1")),
                facet(loosened, "minInclusive", "xs:int", f("minInclusive", "1"), f("minInclusive", "-1")),
                facet(tightened, "maxInclusive", "xs:date", f("maxInclusive", "2020-01-01"),
                        f("maxInclusive", "2019-12-31")),
                facet(tightened, "maxInclusive", "xs:decimal", "", f("maxInclusive", "99.5")),
                facet(loosened, "minExclusive", "xs:decimal", f("minExclusive", "0"), f("minExclusive", "-0.5")),
                facet(tightened, "maxExclusive", "xs:int", f("maxExclusive", "100"), f("maxExclusive", "50")),
                facet(loosened, "maxExclusive", "xs:int", f("maxExclusive", "50"), f("maxExclusive", "100")),
                facet(tightened, "totalDigits", "xs:decimal", f("totalDigits", "5"), f("totalDigits", "3")),
                facet(loosened, "totalDigits", "xs:decimal", f("totalDigits", "3"), f("totalDigits", "5")),
                facet(tightened, "fractionDigits", "xs:decimal", f("fractionDigits", "2"), f("fractionDigits", "0")),
                facet(tightened, "pattern", "xs:string", "", f("pattern", "[a-z]+")),
                facet(loosened, "pattern", "xs:string", f("pattern", "[a-z]+"), ""),
                facet("pattern-changed", "pattern", "xs:string", f("pattern", "[a-z]+"), f("pattern", "[a-z0-9]+")),
                facet(tightened, "enumeration", "xs:string", "", f("enumeration", "A") + f("enumeration", "B")),
                facet(loosened, "enumeration", "xs:string", f("enumeration", "A"), ""),
                facet("whitespace-changed", "whiteSpace", "xs:string", f("whiteSpace", "preserve"),
                        f("whiteSpace", "collapse")),
                c("enum-value-added", st("xs:string", f("enumeration", "A")),
                        st("xs:string", f("enumeration", "A") + f("enumeration", "B") + f("enumeration", "C")),
                        "enum-value-added t:S [B]", "enum-value-added t:S [C]"),
                c("enum-value-removed",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='A'/>"
                                + "<xs:enumeration value='B'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='A'/>"
                                + "</xs:restriction></xs:simpleType>",
                        "enum-value-removed t:S [B]"),
                c("enum-value-added and -removed (a value renamed)",
                        st("xs:string", f("enumeration", "A") + f("enumeration", "B")),
                        st("xs:string", f("enumeration", "A") + f("enumeration", "Bee")),
                        "enum-value-added t:S [Bee]", "enum-value-removed t:S [B]"),
                c("facet-tightened (anonymous type of an element)",
                        "<xs:element name='e'><xs:simpleType><xs:restriction base='xs:string'>" + f("maxLength", "10")
                                + "</xs:restriction></xs:simpleType></xs:element>",
                        "<xs:element name='e'><xs:simpleType><xs:restriction base='xs:string'>" + f("maxLength", "8")
                                + "</xs:restriction></xs:simpleType></xs:element>",
                        "facet-tightened t:e [maxLength]"),
                c("facet-loosened (anonymous type of an attribute)",
                        attrs("<xs:attribute name='x'><xs:simpleType><xs:restriction base='xs:int'>"
                                + f("maxInclusive", "10") + "</xs:restriction></xs:simpleType></xs:attribute>"),
                        attrs("<xs:attribute name='x'><xs:simpleType><xs:restriction base='xs:int'>"
                                + f("maxInclusive", "20") + "</xs:restriction></xs:simpleType></xs:attribute>"),
                        "facet-loosened t:T/@x [maxInclusive]"),
                c("facet-tightened (simple content restriction)",
                        "<xs:complexType name='B'><xs:simpleContent><xs:extension base='xs:string'/></xs:simpleContent></xs:complexType>"
                                + ct("<xs:simpleContent><xs:restriction base='t:B'>" + f("maxLength", "9")
                                        + "</xs:restriction></xs:simpleContent>"),
                        "<xs:complexType name='B'><xs:simpleContent><xs:extension base='xs:string'/></xs:simpleContent></xs:complexType>"
                                + ct("<xs:simpleContent><xs:restriction base='t:B'>" + f("maxLength", "4")
                                        + "</xs:restriction></xs:simpleContent>"),
                        "facet-tightened t:T [maxLength]"));
    }

    /**
     * Cases the engine once got wrong (the comment above each says how); kept as regression tests. They count as
     * cases for {@link #everyRuleHasACase()}.
     */
    static Stream<Case> knownBugs() {
        String p = "<xs:complexType name='P'><xs:sequence>" + A + "</xs:sequence></xs:complexType>"
                + "<xs:complexType name='Q'><xs:complexContent><xs:extension base='t:P'><xs:sequence>"
                + "<xs:element name='b' type='xs:string' minOccurs='0'/></xs:sequence></xs:extension>"
                + "</xs:complexContent></xs:complexType>";
        String m = "<xs:complexType name='M'><xs:simpleContent><xs:extension base='xs:decimal'>"
                + "<xs:attribute name='currency' type='xs:string'/></xs:extension></xs:simpleContent></xs:complexType>";
        return Stream.of(
                // gives also derivation-changed t:S and item-type-changed t:S (a cascade of the variety change)
                c("variety-changed (atomic to list)", st("xs:string", ""),
                        "<xs:simpleType name='S'><xs:list itemType='xs:string'/></xs:simpleType>",
                        "variety-changed t:S"),
                // gives also form-changed t:T/a: a ref carries no QUALIFIED property, yet t:a is qualified
                c("ref-changed (local element becomes a ref to the same global element)",
                        A + seq(A), A + seq("<xs:element ref='t:a'/>"), "ref-changed t:T/a"),
                // misses form-changed t:T/@x: the wire name went from x to t:x (same root cause as above)
                c("ref-changed (unqualified local attribute becomes a ref to a qualified global one)",
                        "<xs:attribute name='x' type='xs:string'/>" + attrs("<xs:attribute name='x' type='xs:string'/>"),
                        "<xs:attribute name='x' type='xs:string'/>" + attrs("<xs:attribute ref='t:x'/>"),
                        "form-changed t:T/@x", "ref-changed t:T/@x"),
                // gives also attribute-added-optional t:X/@u and element-added-required t:X/a
                c("type-kind-changed (simple to complex: the new children are not reported)",
                        "<xs:simpleType name='X'><xs:restriction base='xs:string'/></xs:simpleType>",
                        "<xs:complexType name='X'><xs:sequence>" + A + "</xs:sequence>"
                                + "<xs:attribute name='u' type='xs:string'/></xs:complexType>",
                        "type-kind-changed t:X"),
                // gives also attribute-removed t:X/@u, element-removed t:X/a and element-removed t:X/b
                c("type-kind-changed (complex to simple: the old children are not reported)",
                        "<xs:complexType name='X'><xs:sequence>" + A + B + "</xs:sequence>"
                                + "<xs:attribute name='u' type='xs:string'/></xs:complexType>",
                        "<xs:simpleType name='X'><xs:restriction base='xs:string'/></xs:simpleType>",
                        "type-kind-changed t:X"),
                // gives type-narrowed t:e: derivation by extension is followed as if it were a restriction
                c("type-changed (the new type extends the old one: not a narrowing)",
                        p + "<xs:element name='e' type='t:P'/>", p + "<xs:element name='e' type='t:Q'/>",
                        "type-changed t:e"),
                // gives type-widened t:e, which is SAFE for requests although a currency attribute is now rejected
                c("type-changed (the old type was a simple content extension of the new one: not a widening)",
                        m + "<xs:element name='e' type='t:M'/>", m + "<xs:element name='e' type='xs:decimal'/>",
                        "type-changed t:e"),
                // misses element-added-required t:Order/b: the new global element {urn:t}Order has the type's path,
                // so the type's new child looks like part of an added owner (SchemaDiff.isOutermost ignores spaces)
                c("element-added-required (to a type named like a new global element)",
                        "<xs:complexType name='Order'><xs:sequence>" + A + "</xs:sequence></xs:complexType>",
                        "<xs:complexType name='Order'><xs:sequence>" + A + B + "</xs:sequence></xs:complexType>"
                                + "<xs:element name='Order' type='t:Order'/>",
                        "global-element-added t:Order", "element-added-required t:Order/b"));
    }

    /**
     * A known limitation, not yet fixed: a named model group and a complex type with the same name give their
     * local elements the same path ({@code {ns}G/b}), so the type's change is hidden behind the group's removal.
     * Paths would need the owner's symbol space to tell them apart.
     */
    static Stream<Case> knownLimitations() {
        return Stream.of(
                c("element-removed (from a type named like a removed global group)",
                        "<xs:complexType name='G'><xs:sequence>" + A + B + "</xs:sequence></xs:complexType>" + G,
                        "<xs:complexType name='G'><xs:sequence>" + A + "</xs:sequence></xs:complexType>",
                        "group-removed t:G", "element-removed t:G/b"));
    }

    @Disabled("known limitation: a group and a type of the same name share child paths; see knownLimitations()")
    @ParameterizedTest(name = "{0}")
    @MethodSource("knownLimitations")
    void knownLimitationsGiveExactlyTheirFindings(Case c) {
        assertThat(ruleAndPath(compareBodies(dir, c.oldBody(), c.newBody())))
                .as("findings of %s", c.name()).containsExactlyElementsOf(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyItsFindings(Case c) {
        assertThat(ruleAndPath(compareBodies(dir, c.oldBody(), c.newBody())))
                .as("findings of %s", c.name()).containsExactlyElementsOf(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownBugs")
    void knownBugsGiveExactlyTheirFindings(Case c) {
        assertThat(ruleAndPath(compareBodies(dir, c.oldBody(), c.newBody())))
                .as("findings of %s", c.name()).containsExactlyElementsOf(c.expected());
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = Stream.concat(cases(), knownBugs()).flatMap(c -> c.expected().stream())
                .map(e -> e.split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(coveredElsewhere());
        Set<String> all = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(covered);
        assertThat(all).as("rules without a focused case").isEmpty();
    }

    @Test
    void expectationsNameKnownRulesInTheEnginesOrder() {
        Comparator<String> engineOrder = Comparator.<String, String>comparing(e -> part(e, 1))
                .thenComparing(e -> part(e, 0)).thenComparing(e -> part(e, 2));
        Stream.concat(cases(), knownBugs()).forEach(c -> {
            c.expected().forEach(e -> assertThat(Rule.byId(part(e, 0))).as("rule of '%s' in %s", e, c.name())
                    .isPresent());
            assertThat(c.expected()).as("expected findings of %s", c.name()).isSortedAccordingTo(engineOrder);
        });
        assertThat(Stream.concat(cases(), knownBugs()).map(Case::name)).doesNotHaveDuplicates();
    }

    /** Rule id (0), path as the engine sorts it (1) or subject (2) of an expected finding. */
    private static String part(String expected, int which) {
        String[] p = expected.split(" ", 3);
        return switch (which) {
            case 0 -> p[0];
            case 1 -> p[1].startsWith("t:") ? "{" + SchemaPair.NS + "}" + p[1].substring(2) : p[1];
            default -> p.length > 2 ? p[2] : "";
        };
    }

    /** Rules whose case needs several files (and lives in its own test class). */
    static Set<String> coveredElsewhere() {
        return Set.of("namespace-changed", "documentation-changed", "renamed");
    }
}
