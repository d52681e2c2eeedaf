package dev.xsdcompat.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import dev.xsdcompat.report.ReportFormat;
import dev.xsdcompat.rules.Severity;

class ParameterParsingTest {

    @Test
    void failOnValuesMapToThresholds() throws Exception {
        assertThat(FailOn.parse("breaking").threshold()).isEqualTo(Severity.BREAKING);
        assertThat(FailOn.parse(" WARNING ").threshold()).isEqualTo(Severity.WARNING);
        assertThat(FailOn.parse("never").threshold()).isNull();
    }

    @Test
    void unknownFailOnNamesTheParameterAndTheChoices() {
        assertThatThrownBy(() -> FailOn.parse("info"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("xsd-compat: parameter 'failOn': 'info' is not one of breaking, warning, never");
    }

    @Test
    void coordinatesWithAndWithoutClassifier() throws Exception {
        assertThat(ArtifactCoordinates.parse("oldArtifact", "g:a:1.0"))
                .isEqualTo(new ArtifactCoordinates("g", "a", "1.0", ""));
        ArtifactCoordinates withClassifier = ArtifactCoordinates.parse("oldArtifact", " g:a:1.0:schemas ");
        assertThat(withClassifier.classifier()).isEqualTo("schemas");
        assertThat(withClassifier).hasToString("g:a:1.0:schemas");
    }

    @Test
    void badCoordinatesNameTheParameter() {
        for (String bad : List.of("g:a", "g:a:1:c:x", "g::1", "")) {
            assertThatThrownBy(() -> ArtifactCoordinates.parse("oldArtifact", bad))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("xsd-compat: parameter 'oldArtifact': ");
        }
    }

    @Test
    void noFormatsMeansEveryKnownFormat() throws Exception {
        assertThat(Formats.parse(null)).containsExactly(ReportFormat.values());
        assertThat(Formats.parse(List.of())).containsExactly(ReportFormat.values());
    }

    @Test
    void formatsAcceptListsAndCommaSeparatedIdsOnceEach() throws Exception {
        assertThat(Formats.parse(List.of("json, text", "JSON"))).containsExactly(ReportFormat.JSON, ReportFormat.TEXT);
    }

    @Test
    void unknownFormatNamesTheParameterAndTheKnownOnes() {
        assertThatThrownBy(() -> Formats.parse(List.of("json", "pdf")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: parameter 'formats': unknown format 'pdf'")
                .hasMessageContaining(ReportFormat.ids());
    }

    @Test
    void seriesLabels() {
        assertThat(SeriesVersion.labelOf("schemas/webex/40.6.0/", false)).isEqualTo("40.6.0");
        assertThat(SeriesVersion.labelOf("dist/api-2.1.jar", false)).isEqualTo("api-2.1");
        assertThat(SeriesVersion.labelOf("com.acme:api-schemas:2.1", true)).isEqualTo("2.1");
    }
}
