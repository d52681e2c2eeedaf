package dev.xsdcompat.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoFailureException;

import dev.xsdcompat.report.ReportFormat;

/** The {@code formats} parameter: ids of checker-core's report formats; none given means every known format. */
final class Formats {

    private Formats() {
    }

    static List<ReportFormat> parse(List<String> ids) throws MojoFailureException {
        if (ids == null || ids.isEmpty()) {
            return List.of(ReportFormat.values());
        }
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        for (String raw : ids) {
            for (String id : raw.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                try {
                    chosen.add(ReportFormat.parse(id));
                } catch (IllegalArgumentException e) {
                    throw BadParameter.of("formats", e.getMessage());
                }
            }
        }
        if (chosen.isEmpty()) {
            return List.of(ReportFormat.values());
        }
        return new ArrayList<>(chosen);
    }
}
