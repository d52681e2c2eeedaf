package dev.xsdcompat.webex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.operations.Root;
import dev.xsdcompat.replay.envelope.ContentIndex;
import dev.xsdcompat.replay.envelope.SchemaCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebexSchemasTest {

    static Stream<String> versions() {
        return WebexSeries.VERSIONS.stream();
    }

    @ParameterizedTest(name = "{0} compiles offline")
    @MethodSource("versions")
    void everyReleaseCompilesOffline(String version) {
        assertThat(WebexSeries.cache().schema(WebexSeries.release(version))).isNotNull();
        assertThat(SchemaCompiler.entryFiles(WebexSeries.release(version)))
                .extracting(p -> p.getFileName().toString())
                .contains("service.xsd", "common.xsd", "user.xsd", "meeting.xsd", "ep.xsd")
                .doesNotContain("meetingTypes.xsd", "recording.xsd");
    }

    @ParameterizedTest(name = "{0} defines the types of every operation it has")
    @MethodSource("versions")
    void everyOperationHasItsTypes(String version) {
        ContentIndex index = WebexSeries.cache().contentIndex(WebexSeries.release(version));
        int present = 0;
        for (Operation op : WebexSeries.operations().all()) {
            boolean exists = WebexSeries.VERSIONS.indexOf(op.since()) <= WebexSeries.VERSIONS.indexOf(version);
            for (Root root : Stream.concat(op.requestRoots().stream(), op.responseRoots().stream()).toList()) {
                assertThat(index.type(root.name()).isPresent()).as("%s %s in %s", op.name(), root, version)
                        .isEqualTo(exists);
            }
            present += exists ? 1 : 0;
        }
        assertThat(present).isEqualTo(version.equals("39.0") ? 26 : 27);
    }

    @Test
    void behaviourOnlyReleasesRepeatThePreviousSchemas() throws IOException {
        for (String version : WebexSeries.BEHAVIOUR_ONLY) {
            String previous = WebexSeries.VERSIONS.get(WebexSeries.VERSIONS.indexOf(version) - 1);
            List<Path> files = SchemaCompiler.xsdFiles(WebexSeries.release(version));
            assertThat(files).extracting(p -> p.getFileName().toString()).isEqualTo(
                    SchemaCompiler.xsdFiles(WebexSeries.release(previous)).stream()
                            .map(p -> p.getFileName().toString()).toList());
            for (Path file : files) {
                assertThat(Files.readString(file)).as("%s vs %s", file, previous)
                        .isEqualTo(Files.readString(WebexSeries.release(previous).resolve(file.getFileName())));
            }
        }
    }

    @Test
    void expectedChangesListConsecutiveReleasesOnly() throws IOException {
        List<String> lines = Files.readAllLines(WebexSeries.home().resolve("expected-changes.tsv"));
        assertThat(lines.get(0)).isEqualTo(
                "fromVersion\ttoVersion\tpath\tchange\twhat\taffectedRequestApis\taffectedResponseApis");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(7);
            int from = WebexSeries.VERSIONS.indexOf(cells[0]);
            assertThat(from).as(line).isNotNegative();
            assertThat(WebexSeries.VERSIONS.indexOf(cells[1])).as(line).isEqualTo(from + 1);
            assertThat(WebexSeries.BEHAVIOUR_ONLY).as(line).doesNotContain(cells[1]);
            assertThat(cells[2]).as(line).matches("\\{[^}]+\\}[A-Za-z]+(/[A-Za-z]+)*");
            for (String api : (cells[5] + "," + cells[6]).split(",")) {
                if (!api.isEmpty()) {
                    assertThat(WebexSeries.operations().byName(api)).as(line).isPresent();
                }
            }
        }
    }
}
