package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release-notes command and the new diff formats, as a user runs them. */
class ReleaseNotesCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String webex(String version) {
        return ReportsUpToDateTest.root().resolve("schemas/webex").resolve(version).toString();
    }

    @Test
    void writesNotesAndChangelogAndNeverReplacesUnasked() throws IOException {
        Path out = dir.resolve("notes");
        CliRun r = run("release-notes", webex("40.4.3"), webex("40.4.4"), webex("40.4.5"), "--corpus",
                ReportsUpToDateTest.root().resolve("schemas/webex/corpus").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("changelog.html")).exists();
        assertThat(Files.readString(out.resolve("release-notes.md"))).startsWith("# Release notes: 40.4.3 → 40.4.5")
                .contains("## 40.4.4").contains("FAILURE 000053");
        assertThat(out.resolve("release-notes.zh-CN.md")).doesNotExist();
        CliRun again = run("release-notes", webex("40.4.3"), webex("40.4.4"), "--out", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(run("release-notes", webex("40.4.3"), webex("40.4.4"), "--out", out.toString(), "--force",
                "--lang", "en,zh-CN").code()).isZero();
        assertThat(Files.readString(out.resolve("release-notes.zh-CN.md"))).startsWith("# 版本说明");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun lang = run("release-notes", webex("40.4.3"), webex("40.4.4"), "--lang", "fr", "--out", dir.toString());
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("unknown language 'fr'");
        CliRun one = run("release-notes", webex("40.4.3"), "--out", dir.toString());
        assertThat(one.code()).isEqualTo(2);
        CliRun corpus = run("release-notes", webex("40.4.3"), webex("40.4.4"), "--corpus", dir.resolve("nope").toString(),
                "--out", dir.toString());
        assertThat(corpus.code()).isEqualTo(2);
        assertThat(corpus.err()).contains("no such corpus folder or zip");
        CliRun payload = run("release-notes", webex("40.4.3"), webex("40.4.4"), "--payload", "/*", "--out",
                dir.toString());
        assertThat(payload.code()).isEqualTo(2);
        assertThat(payload.err()).contains("--payload needs --corpus");
    }

    @Test
    void diffWritesEveryNewFormat() {
        assertThat(run("diff", webex("40.4.8"), webex("40.6.0"), "--format", "html").out())
                .startsWith("<!DOCTYPE html>").contains("umSiteAdmin");
        assertThat(run("diff", webex("40.4.8"), webex("40.6.0"), "--format", "markdown").out())
                .contains("Added element `umSiteAdmin` to `privilegeType`");
        // With a corpus, the HTML carries the replay evidence: the newly rejected batch confirms the change.
        CliRun replayed = run("diff", webex("40.4.3"), webex("40.4.4"), "--format", "html", "--corpus",
                ReportsUpToDateTest.root().resolve("schemas/webex/corpus").toString());
        assertThat(replayed.code()).isEqualTo(1);
        assertThat(replayed.out()).contains("data-confirmed=\"true\"")
                .contains("<code class=\"loc\">40.4.3/batch/request-too-many.xml:31:73</code>")
                .doesNotContain(ReportsUpToDateTest.root().resolve("schemas/webex/corpus").toString());
        CliRun junit = run("diff", webex("40.4.3"), webex("40.4.4"), "--format", "junit");
        assertThat(junit.code()).isEqualTo(1);
        assertThat(junit.out()).contains("<failure type=\"max-occurs-decreased\"");
        assertThat(run("diff", webex("40.4.3"), webex("40.4.4"), "--format", "sarif").out())
                .contains("\"version\" : \"2.1.0\"").contains("\"level\" : \"error\"");
    }
}
