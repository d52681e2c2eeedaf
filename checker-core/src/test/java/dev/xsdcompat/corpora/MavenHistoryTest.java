package dev.xsdcompat.corpora;

import static dev.xsdcompat.testing.SchemaPair.ruleAndPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.testing.Corpora;

/**
 * Eight revisions of maven-4.0.0.xsd (2015-2026, one namespace): mostly reformatting and documentation, which
 * must give nothing, plus the real attribute changes of Maven 3.6.0/3.6.1 and the required coordinates of 3.10.
 */
class MavenHistoryTest {

    private static final String POM = "{http://maven.apache.org/POM/4.0.0}";

    static Stream<Arguments> revisions() {
        return Stream.of(
                Arguments.of("3.3.9", "3.5.x", List.of()),
                Arguments.of("3.5.x", "3.6.0", List.of(
                        "attribute-added-optional Model/@child.inherit.append.path",
                        "attribute-added-optional Scm/@child.inherit.append.path",
                        "attribute-added-optional Site/@child.inherit.append.path")),
                Arguments.of("3.6.0", "3.6.1", List.of(
                        "attribute-removed Model/@child.inherit.append.path",
                        "attribute-added-optional Model/@child.project.url.inherit.append.path",
                        "attribute-removed Scm/@child.inherit.append.path",
                        "attribute-added-optional Scm/@child.scm.connection.inherit.append.path",
                        "attribute-added-optional Scm/@child.scm.developerConnection.inherit.append.path",
                        "attribute-added-optional Scm/@child.scm.url.inherit.append.path",
                        "attribute-removed Site/@child.inherit.append.path",
                        "attribute-added-optional Site/@child.site.url.inherit.append.path")),
                Arguments.of("3.6.1", "3.6.3", List.of()),
                Arguments.of("3.6.3", "3.9.10", List.of()),
                Arguments.of("3.9.10", "2025-07", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("revisions")
    void consecutiveRevisions(String from, String to, List<String> expected) throws IOException {
        var result = CompatibilityCheck.builder().build().compare(revision(from), revision(to));
        assertThat(ruleAndPath(result).stream().map(s -> s.replace(POM, "")).toList())
                .containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void mavenThreeTenMakesCoordinatesRequired() throws IOException {
        var result = CompatibilityCheck.builder().build().compare(revision("2025-07"), revision("3.10.0-rc-1"));
        List<String> found = ruleAndPath(result).stream().map(s -> s.replace(POM, "")).toList();
        assertThat(found).hasSize(17).allMatch(s -> s.startsWith("min-occurs-increased "))
                .contains("min-occurs-increased Model/modelVersion", "min-occurs-increased Dependency/groupId",
                        "min-occurs-increased Dependency/artifactId");
    }

    private static Path revision(String label) throws IOException {
        Path dir = Corpora.require("maven/pom-4.0.0-history");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains("__maven-" + label + "__")).findFirst()
                    .orElseThrow();
        }
    }
}
