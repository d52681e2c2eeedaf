package dev.xsdcompat.webex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.operations.Root;
import dev.xsdcompat.replay.envelope.ContentIndex;
import dev.xsdcompat.replay.envelope.SchemaCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern NAME = Pattern.compile("<xs:(element|complexType) name=\"([^\"]+)\"");

    /**
     * Cross-checks expected-changes.tsv with the files: the names on lines added or removed between two releases
     * must be exactly the names the TSV lists for that pair (a new file contributes its global types).
     */
    @ParameterizedTest(name = "{0} -> next: the files differ exactly as expected-changes.tsv says")
    @MethodSource("versions")
    void expectedChangesMatchTheFiles(String from) throws IOException {
        int index = WebexSeries.VERSIONS.indexOf(from);
        org.junit.jupiter.api.Assumptions.assumeTrue(index + 1 < WebexSeries.VERSIONS.size());
        String to = WebexSeries.VERSIONS.get(index + 1);
        List<String> expectedAdded = new ArrayList<>();
        List<String> expectedRemoved = new ArrayList<>();
        for (String line : Files.readAllLines(WebexSeries.home().resolve("expected-changes.tsv"))) {
            String[] cells = line.split("\t", -1);
            if (cells[0].equals(from)) {
                String path = cells[2];
                String name = path.substring(Math.max(path.lastIndexOf('/'), path.indexOf('}')) + 1);
                expectedAdded.add(name);
                if (cells[3].equals("changed")) {
                    expectedRemoved.add(name);
                }
            }
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Path file : SchemaCompiler.xsdFiles(WebexSeries.release(to))) {
            Path old = WebexSeries.release(from).resolve(file.getFileName());
            List<String> now = Files.readAllLines(file);
            if (!Files.exists(old)) {
                now.stream().filter(l -> l.startsWith("  <xs:complexType name=")).forEach(l -> added.add(name(l)));
                continue;
            }
            List<String> before = Files.readAllLines(old);
            added.addAll(names(minus(now, before)));
            removed.addAll(names(minus(before, now)));
        }
        Collections.sort(added);
        Collections.sort(removed);
        Collections.sort(expectedAdded);
        Collections.sort(expectedRemoved);
        assertThat(added).as("added or changed in %s", to).isEqualTo(expectedAdded);
        assertThat(removed).as("removed or changed in %s", to).isEqualTo(expectedRemoved);
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    private static List<String> names(List<String> lines) {
        return lines.stream().filter(l -> NAME.matcher(l).find()).map(WebexSchemasTest::name).toList();
    }

    private static String name(String line) {
        Matcher m = NAME.matcher(line);
        return m.find() ? m.group(2) : line;
    }
}
