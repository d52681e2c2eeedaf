package dev.xsdcompat.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.ReportFile;
import dev.xsdcompat.report.ReportFormat;

/**
 * Writes a check result in each requested format into one folder, named {@code <baseName>.<extension>}
 * ({@code <baseName>-<format>.<extension>} when two formats share an extension). Each file is written whole
 * ({@link ReportFile}).
 */
final class ReportFiles {

    private ReportFiles() {
    }

    /** {@code corpus} (null for none) lets HTML and Markdown quote the replayed messages. */
    static Map<ReportFormat, Path> write(CheckResult result, List<ReportFormat> formats, Path folder,
            String baseName, Path corpus) throws IOException {
        Files.createDirectories(folder);
        Map<ReportFormat, Path> written = new LinkedHashMap<>();
        Set<String> extensions = new HashSet<>();
        for (ReportFormat format : formats) {
            String name = extensions.add(format.extension())
                    ? baseName + "." + format.extension()
                    : baseName + "-" + format.id() + "." + format.extension();
            Path file = folder.resolve(name);
            ReportFile.write(file, w -> format.writer(corpus).write(result, w));
            written.put(format, file);
        }
        return written;
    }

    /** The file to point people at: HTML when written, else text, else the first. */
    static Path forPeople(Map<ReportFormat, Path> written) {
        for (String id : List.of("html", "markdown", "text")) {
            for (Map.Entry<ReportFormat, Path> e : written.entrySet()) {
                if (e.getKey().id().equals(id)) {
                    return e.getValue();
                }
            }
        }
        return written.values().stream().findFirst().orElse(null);
    }
}
