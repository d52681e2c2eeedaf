package dev.xsdcompat.diff;

import static dev.xsdcompat.testing.SchemaPair.compareBodies;
import static dev.xsdcompat.testing.SchemaPair.ruleAndPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.rules.Rule;

/**
 * One focused case per rule id: a tiny old/new schema pair and exactly the findings it must give
 * ({@code rule-id path [subject]}, with the test namespace shown as {@code t:}).
 */
class RuleCasesTest {

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

    static Stream<Case> cases() {
        return Stream.of(
                c("element-added-optional",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:boolean' minOccurs='0'/></xs:sequence></xs:complexType>",
                        "element-added-optional t:T/b"),
                c("element-added-required",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:boolean'/></xs:sequence></xs:complexType>",
                        "element-added-required t:T/b"),
                c("element-removed",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/>"
                                + "<xs:element name='b' type='xs:string' minOccurs='0'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:complexType>",
                        "element-removed t:T/b"),
                c("enum-value-removed",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='A'/>"
                                + "<xs:enumeration value='B'/></xs:restriction></xs:simpleType>",
                        "<xs:simpleType name='S'><xs:restriction base='xs:string'><xs:enumeration value='A'/>"
                                + "</xs:restriction></xs:simpleType>",
                        "enum-value-removed t:S [B]"),
                c("max-occurs-decreased",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' maxOccurs='unbounded'/></xs:sequence></xs:complexType>",
                        "<xs:complexType name='T'><xs:sequence><xs:element name='a' maxOccurs='50'/></xs:sequence></xs:complexType>",
                        "max-occurs-decreased t:T/a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyItsFindings(Case c) {
        assertThat(ruleAndPath(compareBodies(dir, c.oldBody(), c.newBody()))).containsExactlyElementsOf(c.expected());
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases().flatMap(c -> c.expected().stream()).map(e -> e.split(" ")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(coveredElsewhere());
        Set<String> all = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(covered);
        assertThat(all).as("rules without a focused case").isEmpty();
    }

    /** Rules whose case needs several files (and lives in its own test class). */
    static Set<String> coveredElsewhere() {
        return Set.of();
    }
}
