package dev.xsdcompat.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.testing.Corpora;

/**
 * UBL 2.3 to 2.4 against the publisher's own change table: every row must be found. "Added" rows name an
 * aggregate and the element added to it (or a new aggregate or document); cardinality rows an occurrence change.
 */
class UblRecallTest {

    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    private static CheckResult result;

    @BeforeAll
    static void compare() {
        result = CompatibilityCheck.builder().build()
                .compare(Corpora.require("ubl/2.3/xsd"), Corpora.require("ubl/2.4/xsd"));
    }

    record Row(String aggregate, String element, String change) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Corpora.require("ubl/changelogs/UBL-2.3-to-2.4-schema-changes.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            rows.add(new Row(cols[1].trim(), cols[2].trim(), cols[3].trim()));
        }
        return rows;
    }

    @Test
    void everyPublishedChangeIsFound() throws IOException {
        List<Row> rows = rows();
        List<Row> missed = rows.stream().filter(r -> !found(r)).toList();
        System.out.printf("UBL 2.3 -> 2.4 recall: %d of %d publisher rows found (%.1f%%)%n",
                rows.size() - missed.size(), rows.size(), 100.0 * (rows.size() - missed.size()) / rows.size());
        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(missed).as("publisher rows not found").isEmpty();
    }

    @Test
    void nothingIsRemoved() {
        assertThat(result.findings()).noneMatch(f -> f.change().rule() == Rule.ELEMENT_REMOVED
                || f.change().rule() == Rule.GLOBAL_ELEMENT_REMOVED || f.change().rule() == Rule.TYPE_REMOVED);
    }

    private static boolean found(Row r) {
        if (r.change().startsWith("Added") && r.element().isEmpty()) {
            // A new aggregate (its type in CAC) or a new document type (its own namespace).
            return result.findings().stream().anyMatch(f -> f.change().rule() == Rule.TYPE_ADDED
                    && (f.change().path().equals(Names.clark(CAC, r.aggregate() + "Type"))
                            || f.change().path().endsWith("}" + r.aggregate() + "Type")));
        }
        String inType = "}" + r.aggregate() + "Type/";
        if (r.change().startsWith("Added")) {
            return result.findings().stream().anyMatch(f -> isAddition(f) && f.change().path().contains(inType)
                    && Names.lastSegment(f.change().path()).equals(r.element()));
        }
        if (r.change().startsWith("Changed cardinality")) {
            return result.findings().stream().anyMatch(f -> f.change().path().contains(inType)
                    && Names.lastSegment(f.change().path()).equals(r.element())
                    && f.change().rule().id().contains("occurs"));
        }
        throw new AssertionError("unknown change in the publisher's table: " + r);
    }

    private static boolean isAddition(Finding f) {
        return f.change().rule() == Rule.ELEMENT_ADDED_OPTIONAL || f.change().rule() == Rule.ELEMENT_ADDED_REQUIRED;
    }
}
