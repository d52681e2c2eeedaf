package dev.xsdcompat.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats a check result can be written in; the CLI and the Maven plugin offer exactly these. */
public enum ReportFormat {
    TEXT("txt", TextReportWriter::new),
    JSON("json", JsonReportWriter::new),
    HTML("html", HtmlReportWriter::new),
    MARKDOWN("md", MarkdownReportWriter::new),
    JUNIT("xml", JUnitReportWriter::new),
    SARIF("sarif", SarifReportWriter::new);

    private final String extension;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String extension, Supplier<ReportWriter> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public ReportWriter writer() {
        return writer.get();
    }

    /**
     * A writer that also reads the replayed corpus (folder or zip; null for none) for the example snippets and
     * drift summaries of the HTML and Markdown reports; the other formats do not show them.
     */
    public ReportWriter writer(java.nio.file.Path corpus) {
        return switch (this) {
            case HTML -> new HtmlReportWriter(corpus);
            case MARKDOWN -> new MarkdownReportWriter("en", corpus);
            default -> writer.get();
        };
    }

    /**
     * Whether the writer can take replayed messages as a stream (from a {@link dev.xsdcompat.replay.MessageSpool})
     * instead of from memory, for corpora of any size.
     */
    public boolean streamsReplayMessages() {
        return this == JSON || this == TEXT;
    }

    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (one of " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
