package dev.xsdcompat.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.Corpora;

/**
 * The Webex series with its operations file: every documented change lists the APIs the release notes name, per
 * direction, and the additive releases break nothing that old clients send.
 */
class WebexVerdictsTest {

    private static final List<String> RELEASES = List.of("39.0", "40.1.0", "40.1.2", "40.2.0", "40.4.0", "40.4.3",
            "40.4.4", "40.4.5", "40.4.8", "40.6.0");

    private static Path webex() {
        return Corpora.projectRoot().resolve("schemas/webex");
    }

    static Stream<Arguments> consecutive() {
        return IntStream.range(1, RELEASES.size()).mapToObj(i -> Arguments.of(RELEASES.get(i - 1), RELEASES.get(i)));
    }

    private static CheckResult compare(String from, String to) {
        return CompatibilityCheck.builder().operations(webex().resolve("operations.xml")).build()
                .compare(webex().resolve(from), webex().resolve(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("consecutive")
    void documentedChangesListTheirApisPerDirection(String from, String to) throws IOException {
        Map<String, ApiReach> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(webex().resolve("expected-changes.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c[0].equals(from) && c[1].equals(to)) {
                expected.put(c[2], new ApiReach(apis(c[5]), apis(c[6])));
            }
        }
        CheckResult result = compare(from, to);
        Map<String, ApiReach> found = new TreeMap<>();
        result.findings().forEach(f -> found.put(f.change().path(), f.apis()));
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("consecutive")
    void additiveReleasesBreakNoRequestAndResponseAdditionsWarn(String from, String to) {
        CheckResult result = compare(from, to);
        if (to.equals("40.4.4")) {
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.request()).isEqualTo(Severity.BREAKING);
                assertThat(f.apis().request()).hasSize(27);
            });
            return;
        }
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.request()).isNotEqualTo(Severity.BREAKING);
            if (!f.apis().response().isEmpty() && f.change().rule().isResponseAddition()) {
                assertThat(f.response()).isEqualTo(Severity.WARNING);
            }
        });
    }

    @Test
    void umSiteAdminReachesCreateAndSetUserRequestsAndGetMeAndLstsummaryUserResponses() {
        CheckResult result = compare("40.4.8", "40.6.0");
        ApiReach apis = result.findings().stream()
                .filter(f -> f.change().path().endsWith("}privilegeType/umSiteAdmin")).findFirst().orElseThrow().apis();
        assertThat(apis.request()).containsExactly("CreateUser", "SetUser");
        assertThat(apis.response()).containsExactly("GetMe", "LstsummaryUser");
        assertThat(result.roots()).contains("operations").contains("27 APIs");
    }

    @Test
    void theOperationsFileBesideTheSeriesIsFoundWithoutBeingNamed() {
        CheckResult result = CompatibilityCheck.builder().build()
                .compare(webex().resolve("40.4.8"), webex().resolve("40.6.0"));
        assertThat(result.roots()).contains("operations.xml");
        assertThat(result.findings()).anyMatch(f -> !f.affectedApis().isEmpty());
    }

    private static List<String> apis(String column) {
        return column.isBlank() ? List.of() : Arrays.stream(column.split(",")).map(String::trim).sorted().toList();
    }
}
