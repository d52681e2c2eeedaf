package dev.xsdcompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.model.ReportModels;
import dev.xsdcompat.report.series.ReleaseSeries;

/** The HTML changelog, parsed: it says what the JSON says, groups correctly, and references nothing outside. */
class HtmlReportTest {

    private static Document html(CheckResult result) throws IOException {
        return Jsoup.parse(ReportFixtures.render(new HtmlReportWriter(), result));
    }

    private static JsonNode json(CheckResult result) throws IOException {
        return new ObjectMapper().readTree(ReportFixtures.render(new JsonReportWriter(), result));
    }

    /** rule|path|subject|overall|fingerprint of each change, as the JSON lists them. */
    private static List<String> jsonChanges(JsonNode json) {
        List<String> list = new ArrayList<>();
        for (JsonNode c : json.get("changes")) {
            list.add(c.get("rule").asText() + "|" + c.get("path").asText() + "|" + c.at("/severity/overall").asText()
                    + "|" + c.get("fingerprint").asText() + "|" + c.at("/location/new").asText());
        }
        return list;
    }

    private static List<String> htmlChanges(Element scope) {
        List<String> list = new ArrayList<>();
        for (Element row : scope.select("tr.change")) {
            String where = row.select(".where .loc").eachText().stream().filter(t -> t.startsWith("new "))
                    .map(t -> t.substring(4)).findFirst().orElse("");
            list.add(row.attr("data-rule") + "|" + row.attr("data-path") + "|" + row.attr("data-severity") + "|"
                    + row.attr("data-fingerprint") + "|" + where);
        }
        return list;
    }

    private static void assertCountsAndChangesMatchJson(CheckResult result) throws IOException {
        Document doc = html(result);
        JsonNode json = json(result);
        for (String key : List.of("breaking", "warning", "info", "safe")) {
            assertThat(doc.selectFirst("#counts [data-count=" + key + "]").text()).as(key)
                    .isEqualTo(json.at("/summary/" + key).asText());
        }
        assertThat(doc.selectFirst("#counts [data-count=total]").text()).isEqualTo(json.at("/summary/changes").asText());
        List<String> fromHtml = htmlChanges(doc);
        List<String> fromJson = jsonChanges(json);
        assertThat(fromHtml).containsExactlyInAnyOrderElementsOf(fromJson);
        // Breaking first: severities never get better and then worse again down the list.
        List<String> order = List.of("breaking", "warning", "info", "safe");
        List<Integer> ranks = doc.select("tr.change").eachAttr("data-severity").stream().map(order::indexOf).toList();
        assertThat(ranks).isSorted();
    }

    @Test
    void countsAndChangeListMatchTheJsonForARealPair() throws IOException {
        ReleaseSeries.Result webex = ReportFixtures.webex();
        for (ReportModels.Step step : webex.steps()) {
            assertCountsAndChangesMatchJson(step.result());
        }
    }

    @Test
    void countsAndChangeListMatchTheJsonWithEverySeverityAndApis() throws IOException {
        assertCountsAndChangesMatchJson(ReportFixtures.handMade());
    }

    @Test
    void everyApiSectionListsExactlyItsChanges() throws IOException {
        CheckResult result = ReportFixtures.handMade();
        Document doc = html(result);
        JsonNode json = json(result);
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode c : json.get("changes")) {
            for (JsonNode api : c.get("affectedApis")) {
                expected.computeIfAbsent(api.asText(), k -> new TreeSet<>()).add(c.get("fingerprint").asText());
            }
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Element section : doc.select("section.api-group[data-api]")) {
            Set<String> fingerprints = new TreeSet<>();
            for (Element li : section.select("li.change")) {
                Element row = doc.getElementById(li.attr("data-ref"));
                assertThat(row).as("link target of " + li.text()).isNotNull();
                assertThat(li.selectFirst("a").attr("href")).isEqualTo("#" + row.id());
                fingerprints.add(row.attr("data-fingerprint"));
            }
            actual.put(section.attr("data-api"), fingerprints);
        }
        String unassigned = actual.keySet().stream().filter(k -> !expected.containsKey(k)).findFirst().orElseThrow();
        assertThat(actual.remove(unassigned)).hasSize(1); // the change no API reaches
        assertThat(actual).isEqualTo(expected);
        assertThat(doc.select("#f-api option").eachAttr("value")).containsExactly("", "GetOrder", "PlaceOrder");
        // By namespace: every change once, under its namespace.
        assertThat(doc.select("section.ns-group").eachAttr("data-namespace")).containsExactly("urn:other", "urn:shop");
        assertThat(doc.select("section.ns-group li.change")).hasSize(json.get("changes").size());
    }

    @Test
    void seriesHasOneSectionPerReleaseNewestFirstAndAChart() throws IOException {
        ReleaseSeries.Result webex = ReportFixtures.webex();
        Document doc = Jsoup.parse(webex.render(List.of("en")).get(ReleaseSeries.CHANGELOG));
        assertThat(doc.select("section.release").eachAttr("data-release")).containsExactly("40.6.0", "40.4.8",
                "40.4.5", "40.4.4", "40.4.3", "40.4.0", "40.2.0", "40.1.2", "40.1.0");
        assertThat(doc.select("#chart svg g.bar").eachAttr("data-release")).containsExactly("40.1.0", "40.1.2",
                "40.2.0", "40.4.0", "40.4.3", "40.4.4", "40.4.5", "40.4.8", "40.6.0");
        assertThat(doc.select("#chart rect.seg-breaking")).hasSize(1);
        assertThat(doc.selectFirst("#verdict").className()).contains("v-breaking");
        for (ReportModels.Step step : webex.steps()) {
            Element section = doc.selectFirst("section.release[data-release=" + step.to() + "]");
            assertThat(htmlChanges(section)).as(step.to()).containsExactlyInAnyOrderElementsOf(jsonChanges(json(step.result())));
        }
        Element latest = doc.selectFirst("section.release[data-release=40.6.0]");
        assertThat(latest.select("figure.example").eachAttr("data-element")).contains("umSiteAdmin", "meetingUUID");
        assertThat(latest.selectFirst("figure.example[data-element=umSiteAdmin] pre").text()).contains("<umSiteAdmin>true</umSiteAdmin>");
        Element b4044 = doc.selectFirst("section.release[data-release=40.4.4]");
        assertThat(b4044.select("ul.behaviour li").text()).contains("SUCCESS ×11 → FAILURE 000053");
        assertThat(doc.selectFirst("section.release[data-release=40.2.0] .nochange")).isNotNull();
    }

    @Test
    void nothingIsFetchedFromOutsideTheFile() throws IOException {
        String text = ReportFixtures.webex().render(List.of("en")).get(ReleaseSeries.CHANGELOG);
        Document doc = Jsoup.parse(text);
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("link, iframe, img, object, embed, base")).isEmpty();
        for (String href : doc.select("[href]").eachAttr("href")) {
            assertThat(href).startsWith("#");
        }
        for (String href : doc.select("[xlink:href]").eachAttr("xlink:href")) {
            assertThat(href).startsWith("#");
        }
        String css = String.join("\n", doc.select("style").eachText()) + doc.select("[style]").eachAttr("style");
        assertThat(css).doesNotContain("@import").doesNotContain("url(");
        String js = doc.select("script").html();
        assertThat(js).doesNotContainPattern("https?:").doesNotContain("fetch(").doesNotContain("XMLHttpRequest")
                .doesNotContain("import(");
        assertThat(text).doesNotContainPattern("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("script")).hasSize(1);
    }

    @Test
    void valuesAreEscapedAndTheOutputIsDeterministic() throws IOException {
        CheckResult result = ReportFixtures.handMade();
        String first = ReportFixtures.render(new HtmlReportWriter(), result);
        assertThat(ReportFixtures.render(new HtmlReportWriter(), result)).isEqualTo(first);
        assertThat(first).doesNotContain("\r").doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
        Document doc = Jsoup.parse(first);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("tr.change code.subject").text()).isEqualTo("[<&\"quoted\">]");
        Element accepted = doc.selectFirst("tr.change[data-rule=attribute-removed]");
        assertThat(accepted.selectFirst(".accepted").text()).isEqualTo("Accepted: no client sends it (ticket 42)");
        assertThat(accepted.select(".apis").text()).isEqualTo("request PlaceOrder");
        Map<String, String> a = ReportFixtures.webex().render(List.of("en", "zh-CN"));
        assertThat(ReportFixtures.webex().render(List.of("en", "zh-CN"))).isEqualTo(a);
    }

    @Test
    void theFormatRegistryOffersEveryWriter() throws IOException {
        assertThat(ReportFormat.ids()).isEqualTo("text, json, html, markdown, junit, sarif");
        for (ReportFormat f : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            f.writer().write(ReportFixtures.handMade(), out);
            assertThat(out.toString()).as(f.id()).isNotBlank().endsWith("\n");
        }
    }
}
