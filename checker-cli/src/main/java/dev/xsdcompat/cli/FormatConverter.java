package dev.xsdcompat.cli;

import java.util.Arrays;
import java.util.Iterator;

import picocli.CommandLine;

import dev.xsdcompat.report.ReportFormat;

/** {@code --format} values are the report formats checker-core knows, by their lower-case ids. */
final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }
}
