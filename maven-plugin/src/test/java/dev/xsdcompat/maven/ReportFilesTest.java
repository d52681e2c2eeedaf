package dev.xsdcompat.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.report.ReportFormat;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFormatWithItsExtensionAndNoTemporaryFiles() throws Exception {
        Path old = Samples.write(dir, "old/s.xsd", Samples.V1);
        Path now = Samples.write(dir, "new/s.xsd", Samples.REMOVED);
        CheckResult result = CompatibilityCheck.builder().build().compare(old, now);
        Path out = dir.resolve("target/xsd-compat");

        Map<ReportFormat, Path> written = ReportFiles.write(result, List.of(ReportFormat.values()), out, "xsd-compat", null);

        assertThat(written.keySet()).containsExactly(ReportFormat.values());
        for (var e : written.entrySet()) {
            assertThat(e.getValue()).isRegularFile().hasParent(out);
            assertThat(e.getValue().getFileName().toString()).endsWith("." + e.getKey().extension());
            assertThat(Files.readString(e.getValue())).contains("element-removed");
        }
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(ReportFormat.values().length);
        }
        assertThat(ReportFiles.forPeople(written)).isNotNull();
        assertThat(ReportFiles.forPeople(Map.of(ReportFormat.JSON, out.resolve("a.json"))))
                .isEqualTo(out.resolve("a.json"));
    }
}
