package dev.xsdcompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/** JUnit XML and SARIF 2.1.0: well-formed, with the expected rules, levels and locations. */
class CiFormatsTest {

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void junitHasOneCasePerChangeAtOrAboveTheThresholdAndFailsTheBreakingOnes() throws Exception {
        CheckResult result = ReportFixtures.handMade();
        String text = ReportFixtures.render(new JUnitReportWriter(), result);
        assertThat(ReportFixtures.render(new JUnitReportWriter(), result)).isEqualTo(text);
        Document doc = xml(text);
        List<Element> cases = elements(doc, "testcase");
        // warning threshold: 2 breaking (one accepted) + 2 warnings; the info and safe changes are not listed
        assertThat(cases).extracting(e -> e.getAttribute("classname"))
                .containsExactly("attribute-removed", "element-removed", "element-added-optional", "enum-value-added");
        assertThat(cases.get(1).getAttribute("name")).isEqualTo("{urn:shop}order/note");
        assertThat(cases.get(1).getAttribute("file")).isEqualTo("order.xsd");
        assertThat(cases.get(3).getAttribute("name")).isEqualTo("{urn:shop}status [<&\"quoted\">]");
        // The accepted breaking change passes, with its reason.
        assertThat(cases.get(0).getElementsByTagName("failure").getLength()).isZero();
        assertThat(cases.get(0).getTextContent()).contains("accepted: no client sends it (ticket 42)");
        List<Element> failures = elements(doc, "failure");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getAttribute("type")).isEqualTo("element-removed");
        assertThat(failures.get(0).getTextContent()).contains("at: order.xsd:12").contains("APIs: GetOrder, PlaceOrder");
        Element suite = elements(doc, "testsuite").get(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");

        List<Element> all = elements(xml(ReportFixtures.render(new JUnitReportWriter(Severity.SAFE), result)),
                "testcase");
        assertThat(all).hasSize(6);
        List<Element> none = elements(xml(ReportFixtures.render(new JUnitReportWriter(Severity.BREAKING),
                new CheckResult(result.oldSide(), result.newSide(), List.of()))), "testcase");
        assertThat(none).hasSize(1);
        assertThat(none.get(0).getAttribute("name")).isEqualTo("no change at or above breaking");
    }

    @Test
    void sarifCarriesTheCatalogueLevelsAndLocations() throws Exception {
        CheckResult result = ReportFixtures.handMade();
        String text = ReportFixtures.render(new SarifReportWriter(), result);
        assertThat(ReportFixtures.render(new SarifReportWriter(), result)).isEqualTo(text);
        JsonNode sarif = new ObjectMapper().readTree(text);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).endsWith("sarif-2.1.0.json");
        JsonNode run = sarif.at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(Rule.values().length);
        for (Rule r : Rule.values()) {
            JsonNode rule = rules.get(r.ordinal());
            assertThat(rule.get("id").asText()).isEqualTo(r.id());
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(r.description());
            assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo(SarifReportWriter.level(r.worst()));
        }
        JsonNode results = run.get("results");
        assertThat(results).hasSize(result.findings().size());
        List<String> levels = new ArrayList<>();
        for (JsonNode r : results) {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
            levels.add(r.get("ruleId").asText() + "=" + r.get("level").asText());
        }
        assertThat(levels).containsExactlyInAnyOrder("element-removed=error", "attribute-removed=error", "element-added-optional=warning",
                "enum-value-added=warning", "type-added=note", "min-occurs-decreased=note");
        JsonNode removed = find(results, "element-removed");
        assertThat(removed.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("order.xsd");
        assertThat(removed.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("OLDROOT");
        assertThat(removed.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(removed.has("suppressions")).isFalse();
        JsonNode accepted = find(results, "attribute-removed");
        assertThat(accepted.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(accepted.at("/suppressions/0/justification").asText()).isEqualTo("no client sends it (ticket 42)");
        JsonNode added = find(results, "element-added-optional");
        assertThat(added.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("NEWROOT");
        assertThat(added.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(20);
        assertThat(added.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("{urn:shop}order/gift");
        assertThat(added.at("/partialFingerprints").fieldNames().next()).isNotBlank();
        assertThat(run.at("/originalUriBaseIds/NEWROOT/uri").asText()).isEqualTo("v2/");
        assertThat(run.at("/originalUriBaseIds/NEWROOT/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void sarifLocatesRealWebexChangesInTheNewSchemaFiles() throws Exception {
        ReportModels.Step last = ReportFixtures.webex().steps().get(ReportFixtures.webex().steps().size() - 1);
        JsonNode sarif = new ObjectMapper().readTree(ReportFixtures.render(new SarifReportWriter(), last.result()));
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(15);
        int i = 0;
        for (JsonNode r : results) {
            assertThat(r.get("level").asText())
                    .isEqualTo(SarifReportWriter.level(last.result().findings().get(i++).overall()));
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).matches("[a-zA-Z]+\\.xsd");
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
        }
        String base = sarif.at("/runs/0/originalUriBaseIds/NEWROOT/uri").asText();
        assertThat(base).endsWith("40.6.0/");
        assertThat(Arrays.asList(sarif.at("/runs/0/originalUriBaseIds/OLDROOT/description/text").asText()))
                .allMatch(t -> t.contains("40.4.8"));
    }

    private static JsonNode find(JsonNode results, String rule) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + rule);
    }
}
