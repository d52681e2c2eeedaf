package dev.xsdcompat.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.testing.Corpora;

/** Every published version loads offline, and comparing a set with itself finds nothing. */
class RealCorporaTest {

    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("ubl/2.3/xsd", null),
                Arguments.of("ubl/2.4/xsd", null),
                Arguments.of("jakartaee/ee9/xsd", "jakartaee/ee9/catalog.xml"),
                Arguments.of("jakartaee/ee10/xsd/web-app_6_0.xsd", "jakartaee/ee10/catalog.xml"),
                Arguments.of("jakartaee/ee11/xsd/web-app_6_1.xsd", "jakartaee/ee11/catalog.xml"),
                Arguments.of("jakartaee/ee10/xsd", "jakartaee/ee10/catalog.xml"),
                Arguments.of("jakartaee/ee11/xsd", "jakartaee/ee11/catalog.xml"),
                Arguments.of("maven/site-xsd", "maven/catalog.xml"),
                Arguments.of("maven/pom-4.0.0-history", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void loadsAndEqualsItself(String input, String catalog) {
        Path in = Corpora.require(input);
        CompatibilityCheck check = CompatibilityCheck.builder()
                .catalogs(catalog == null ? List.of() : List.of(Corpora.require(catalog))).build();
        SchemaModel model = check.model(List.of(in));
        assertThat(model.components()).isNotEmpty();
        assertThat(model.all()).anyMatch(c -> c.kind() == ComponentKind.ELEMENT && c.global());
        assertThat(check.compare(model, check.model(List.of(in))).findings()).isEmpty();
    }

    @Test
    void everyMavenSchemaLoadsOnItsOwn() throws IOException {
        Path folder = Corpora.require("maven/site-xsd");
        CompatibilityCheck check = CompatibilityCheck.builder()
                .catalogs(List.of(Corpora.require("maven/catalog.xml"))).build();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xsd")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(150);
        for (Path f : files) {
            SchemaModel model = check.model(List.of(f));
            assertThat(model.components()).as(f.toString()).isNotEmpty();
            assertThat(model.warnings()).as(f + " loads without missing imports").noneMatch(
                    w -> w.kind() == LoadWarning.Kind.MISSING_REFERENCE);
        }
    }

    @Test
    void jakartaDanglingIncludeIsAWarningNamingBothFiles() {
        Path ejb = Corpora.require("jakartaee/ee10/xsd/ejb-jar_4_0.xsd");
        SchemaModel model = CompatibilityCheck.builder()
                .catalogs(List.of(Corpora.require("jakartaee/ee10/catalog.xml"))).build().model(List.of(ejb));
        assertThat(model.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(LoadWarning.Kind.MISSING_REFERENCE);
            assertThat(w.message()).contains("jakartaee_9.xsd").contains("ejb-jar_4_0.xsd");
        });
        assertThat(model.components()).isNotEmpty();
    }

    @Test
    void jakartaWholeFolderSaysItHoldsConflictingDefinitions() {
        Path ee11 = Corpora.require("jakartaee/ee11/xsd");
        SchemaModel model = CompatibilityCheck.builder()
                .catalogs(List.of(Corpora.require("jakartaee/ee11/catalog.xml"))).build().model(List.of(ee11));
        assertThat(model.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(LoadWarning.Kind.CONFLICTING_DEFINITION);
            assertThat(w.message()).contains("compare entry files");
        });
    }

    @Test
    void jakartaWebAppSixZeroToSixOneIsComparedByEntryFile() {
        var result = CompatibilityCheck.builder()
                .catalogs(List.of(Corpora.require("jakartaee/ee11/catalog.xml"),
                        Corpora.require("jakartaee/ee10/catalog.xml")))
                .build()
                .compare(Corpora.require("jakartaee/ee10/xsd/web-app_6_0.xsd"),
                        Corpora.require("jakartaee/ee11/xsd/web-app_6_1.xsd"));
        assertThat(result.findings()).isNotEmpty();
        assertThat(result.oldSide().warnings()).noneMatch(w -> w.kind() == LoadWarning.Kind.MISSING_REFERENCE);
    }
}
