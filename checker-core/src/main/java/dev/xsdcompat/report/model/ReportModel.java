package dev.xsdcompat.report.model;

import java.util.List;

/**
 * Everything a rendered report shows, immutable and already sorted: one release for a diff, several for a
 * series (oldest first). Built by {@link ReportModels}; rendered by the HTML and Markdown templates and by the
 * JUnit XML and SARIF writers.
 *
 * @param title    the heading ({@code 39.0 → 40.6.0})
 * @param language the language of labels ({@code en}, {@code zh-CN})
 * @param apis     every API any change touches, sorted (the HTML API filter)
 * @param rules    the catalogue rules the changes use, sorted by id
 * @param chart    the changes-per-release chart; null for a single comparison
 * @param noApi    the heading of changes no known API reaches (the HTML builds its views in the browser)
 * @param noNamespace the heading of changes without a namespace
 */
public record ReportModel(String title, String language, Verdict verdict, Counts counts, List<Release> releases,
        List<String> apis, List<RuleEntry> rules, Chart chart, String noApi, String noNamespace) {

    public ReportModel {
        releases = List.copyOf(releases);
        apis = List.copyOf(apis);
        rules = List.copyOf(rules);
    }

    public int releaseCount() {
        return releases.size();
    }

    public boolean series() {
        return releases.size() > 1;
    }

    /** Releases newest first (the HTML lists the latest release on top). */
    public List<Release> newestFirst() {
        List<Release> reversed = new java.util.ArrayList<>(releases);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    public boolean hasApis() {
        return !apis.isEmpty();
    }
}
