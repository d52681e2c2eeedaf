package dev.xsdcompat.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.report.ReportFormat;
import dev.xsdcompat.rules.Severity;

/**
 * Release notes for a series of versions, one release per consecutive pair, written with checker-core's report
 * formats as {@code <old>_to_<new>.<ext>}. When checker-core gains its series/release-notes API (issue 6), this
 * class is the one to hand over to it.
 */
final class SeriesNotes {

    private final CheckOptions options;
    private final Log log;

    SeriesNotes(CheckOptions options, Log log) {
        this.options = options;
        this.log = log;
    }

    List<Path> write(List<SeriesVersion> versions, List<ReportFormat> formats, Path folder)
            throws MojoFailureException, IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            SeriesVersion before = versions.get(i - 1);
            SeriesVersion after = versions.get(i);
            CompatibilityCheck check = CheckFactory.create(options, before.label(), after.label());
            CheckResult result = Comparison.compare(check, before.inputs(), after.inputs());
            Map<Severity, Integer> counts = result.countBySeverity();
            log.info("xsd-compat: " + before.label() + " -> " + after.label() + ": " + result.findings().size()
                    + " changes (" + counts.get(Severity.BREAKING) + " breaking, " + result.acceptedCount()
                    + " accepted)" + (result.version() == null ? "" : "; " + result.version().message()));
            written.addAll(ReportFiles.write(result, formats, folder,
                    safe(before.label()) + "_to_" + safe(after.label())).values());
        }
        return written;
    }

    private static String safe(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
