package dev.xsdcompat.webex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.testing.Corpora;

/**
 * The diff between consecutive Webex releases reports exactly the documented schema changes
 * (schemas/webex/expected-changes.tsv) and nothing else; behaviour-only releases diff to nothing.
 */
class WebexSeriesDiffTest {

    private static final List<String> RELEASES = List.of("39.0", "40.1.0", "40.1.2", "40.2.0", "40.4.0", "40.4.3",
            "40.4.4", "40.4.5", "40.4.8", "40.6.0");

    static Stream<Arguments> consecutive() {
        return java.util.stream.IntStream.range(1, RELEASES.size())
                .mapToObj(i -> Arguments.of(RELEASES.get(i - 1), RELEASES.get(i)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("consecutive")
    void diffReportsExactlyTheDocumentedChanges(String from, String to) throws IOException {
        Path webex = Corpora.projectRoot().resolve("schemas/webex");
        CheckResult result = CompatibilityCheck.builder().build().compare(webex.resolve(from), webex.resolve(to));
        Set<String> expected = expected(webex, from, to);
        Set<String> found = result.findings().stream().map(WebexSeriesDiffTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(result.oldSide().warnings()).isEmpty();
        assertThat(result.newSide().warnings()).isEmpty();
        if (to.equals("40.4.4")) {
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.change().rule()).isEqualTo(Rule.MAX_OCCURS_DECREASED);
                assertThat(f.request().id()).isEqualTo("breaking");
            });
        } else {
            // Every other release only adds: nothing breaks what old clients send.
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.request().id()).isIn("safe", "info"));
        }
    }

    /** {@code path added|changed} as the TSV lists it. */
    private static Set<String> expected(Path webex, String from, String to) throws IOException {
        return Files.readAllLines(webex.resolve("expected-changes.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1))
                .filter(c -> c[0].equals(from) && c[1].equals(to))
                .map(c -> c[2] + " " + c[3])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(Finding f) {
        return f.change().path() + " " + f.change().kind().id();
    }
}
