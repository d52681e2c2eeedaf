package dev.xsdcompat.webex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.operations.Operation;
import dev.xsdcompat.replay.envelope.MessageValidation;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.webex.CorpusMetadata.Bad;
import dev.xsdcompat.webex.CorpusMetadata.Drift;
import dev.xsdcompat.webex.CorpusMetadata.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebexCorpusTest {

    static Stream<Arguments> validCases() {
        return CorpusMetadata.load().messages.stream()
                .flatMap(m -> m.valid().stream().map(v -> Arguments.of(m.file(), v, m)));
    }

    static Stream<Arguments> invalidCases() {
        return CorpusMetadata.load().messages.stream()
                .flatMap(m -> m.invalid().stream().map(v -> Arguments.of(m.file(), v, m)));
    }

    static Stream<Bad> badMessages() {
        return CorpusMetadata.load().bad.stream();
    }

    private static MessageValidation validate(String file, String version) {
        return WebexSeries.validator(version).validate(WebexSeries.corpus().resolve(file));
    }

    @ParameterizedTest(name = "{0} is valid under {1}")
    @MethodSource("validCases")
    void validMessagesValidate(String file, String version, Message message) {
        MessageValidation result = validate(file, version);
        assertThat(result.valid()).as(result.describe()).isTrue();
        assertThat(result.payloads()).extracting(Payload::api).isSubsetOf(message.apis());
        if (message.direction().equals("request")) {
            assertThat(result.payloads()).extracting(Payload::api).containsAll(message.apis());
        }
        assertThat(result.payloads()).allSatisfy(p ->
                assertThat(p.direction().name().toLowerCase()).isEqualTo(message.direction()));
    }

    @ParameterizedTest(name = "{0} is invalid under {1}")
    @MethodSource("invalidCases")
    void invalidMessagesAreRejected(String file, String version, Message message) {
        MessageValidation result = validate(file, version);
        assertThat(result.valid()).as("%s under %s", file, version).isFalse();
        assertThat(result.errors()).as(result.describe())
                .anySatisfy(e -> assertThat(e.message()).contains(message.error()));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.line()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void badMessagesGiveOneClearFinding(Bad bad) {
        Path file = WebexSeries.corpus().resolve(bad.file());
        MessageValidation result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> WebexSeries.validator(bad.version()).validate(file));
        assertThat(result.errors()).as(result.describe()).hasSize(1);
        assertThat(result.errors().get(0).message()).contains(bad.finding());
        assertThat(result.errors().get(0).line()).isPositive();
        assertThat(result.errors().get(0).format(file)).startsWith(file + ":");
    }

    @Test
    void theXxeEntityIsNeverResolved() {
        MessageValidation result = validate("bad/doctype-xxe.xml", "40.6.0");
        assertThat(result.payloads()).isEmpty();
        assertThat(result.describe()).doesNotContain("/etc/hostname content");
    }

    @Test
    void everyApiHasARequestAndAResponseForEveryReleaseItExistsIn() {
        CorpusMetadata corpus = CorpusMetadata.load();
        for (Operation op : WebexSeries.operations().all()) {
            int since = corpus.versions.indexOf(op.since());
            for (String version : corpus.versions.subList(since, corpus.versions.size())) {
                for (String direction : new String[] {"request", "response"}) {
                    assertThat(corpus.messages).as("%s %s valid in %s", op.name(), direction, version)
                            .anyMatch(m -> m.apis().contains(op.name()) && m.direction().equals(direction)
                                    && m.valid().contains(version));
                }
            }
        }
    }

    @Test
    void everyCorpusFileIsDescribedAndExists() throws Exception {
        CorpusMetadata corpus = CorpusMetadata.load();
        Set<String> described = new HashSet<>();
        corpus.messages.forEach(m -> described.add(m.file()));
        corpus.bad.forEach(b -> described.add(b.file()));
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(WebexSeries.corpus())) {
            onDisk = files.filter(p -> p.toString().endsWith(".xml") && !p.endsWith("corpus.xml"))
                    .map(p -> WebexSeries.corpus().relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        assertThat(described).isEqualTo(onDisk);
        for (Message m : corpus.messages) {
            assertThat(m.file()).startsWith(m.recorded() + "/");
            assertThat(m.valid()).isNotEmpty();
            m.invalid().forEach(v -> assertThat(m.valid()).doesNotContain(v));
        }
    }

    @Test
    void driftPairsAreRecordedBeforeAndAfterTheirRelease() {
        CorpusMetadata corpus = CorpusMetadata.load();
        assertThat(corpus.drifts).extracting(Drift::release)
                .containsExactlyInAnyOrder("40.2.0", "40.2.0", "40.4.0", "40.4.4");
        for (Drift drift : corpus.drifts) {
            String before = drift.before().substring(0, drift.before().indexOf('/'));
            int release = corpus.versions.indexOf(drift.release());
            assertThat(corpus.versions.indexOf(before)).isLessThan(release);
            assertThat(drift.after()).startsWith(drift.release() + "/");
            assertThat(drift.after().substring(drift.after().indexOf('/')))
                    .isEqualTo(drift.before().substring(drift.before().indexOf('/')));
            String before1 = corpus.versions.get(release - 1);
            assertThat(validate(drift.request(), before1).valid()).isTrue();
            assertThat(validate(drift.before(), before1).valid()).isTrue();
            assertThat(validate(drift.after(), drift.release()).valid()).isTrue();
        }
    }

    @Test
    void theCorpusValidatesInParallel() {
        long invalid = CorpusMetadata.load().messages.parallelStream()
                .filter(m -> !validate(m.file(), "40.6.0").valid())
                .count();
        assertThat(invalid).isEqualTo(CorpusMetadata.load().messages.stream()
                .filter(m -> !m.valid().contains("40.6.0")).count());
    }
}
