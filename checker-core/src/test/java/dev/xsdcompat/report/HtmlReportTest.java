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
            list.add(row.attr("data-rule") + "|" + path(row) + "|" + row.attr("data-severity") + "|"
                    + row.attr("data-fingerprint") + "|" + where);
        }
        return list;
    }

    /** The full component path a row shows ({namespace} and local part). */
    static String path(Element row) {
        return row.selectFirst("code.path").text();
    }

    /**
     * The namespace the page's script groups a row under in the by-schema view: {@code data-ns} when the row has
     * one, else the namespace its path starts with (the same rule as script.mustache).
     */
    static String namespace(Element row) {
        if (row.hasAttr("data-ns")) {
            return row.attr("data-ns");
        }
        String ns = row.selectFirst("code.path .ns").text();
        return ns.isEmpty() ? "" : ns.substring(1, ns.length() - 1);
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

    /**
     * The by-API and by-schema views are built in the browser from the rows' data (HtmlInBrowserTest checks the
     * built views against the same data): here, the data a row carries puts it under exactly the APIs and the
     * namespace the JSON gives, and the page holds each change once (no server-side view repeats it).
     */
    @Test
    void everyApiSectionListsExactlyItsChanges() throws IOException {
        CheckResult result = ReportFixtures.handMade();
        Document doc = html(result);
        JsonNode json = json(result);
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> expectedNs = new TreeMap<>();
        for (JsonNode c : json.get("changes")) {
            for (JsonNode api : c.get("affectedApis")) {
                expected.computeIfAbsent(api.asText(), k -> new TreeSet<>()).add(c.get("fingerprint").asText());
            }
            expectedNs.computeIfAbsent(c.get("namespace").asText(), k -> new TreeSet<>())
                    .add(c.get("fingerprint").asText());
        }
        Map<String, Set<String>> actual = new TreeMap<>();
        Map<String, Set<String>> actualNs = new TreeMap<>();
        int unassigned = 0;
        for (Element row : doc.select("tr.change")) {
            String apis = row.attr("data-apis").trim();
            if (apis.isEmpty()) {
                unassigned++;
            }
            for (String api : apis.isEmpty() ? new String[0] : apis.split(" ")) {
                actual.computeIfAbsent(api, k -> new TreeSet<>()).add(row.attr("data-fingerprint"));
            }
            actualNs.computeIfAbsent(namespace(row), k -> new TreeSet<>()).add(row.attr("data-fingerprint"));
        }
        assertThat(unassigned).isEqualTo(1); // the change no API reaches
        assertThat(actual).isEqualTo(expected);
        assertThat(actualNs).isEqualTo(expectedNs);
        assertThat(doc.select("#f-api option").eachAttr("value")).containsExactly("", "GetOrder", "PlaceOrder");
        // The views are empty containers the script fills; the headings of the groups without a key come along.
        assertThat(doc.select(".view-api, .view-ns")).allMatch(e -> e.childrenSize() == 0);
        assertThat(doc.selectFirst("main").attr("data-api-none")).isEqualTo("Not reached from a known API");
        // Each change once: its path appears in one element of the page.
        for (Element row : doc.select("tr.change")) {
            assertThat(doc.getElementsContainingOwnText(row.selectFirst("code.path").ownText())).hasSize(1);
        }
        // The rule descriptions are in the page once (the script shows them in each row).
        assertThat(doc.select("tr[data-rule-id]").eachAttr("data-rule-id")).containsAll(
                doc.select("tr.change").eachAttr("data-rule"));
    }

    /** 40.4.3 → 40.4.4: the batch of 11 bodyContents, newly rejected, shows under the max-occurs change. */
    @Test
    void aNewlyRejectedMessageConfirmsTheBreakingChangeItExercises() throws IOException {
        Document doc = Jsoup.parse(ReportFixtures.webex().render(List.of("en")).get(ReleaseSeries.CHANGELOG));
        Element release = doc.selectFirst("section.release[data-release=40.4.4]");
        Element row = release.selectFirst("tr.change[data-rule=max-occurs-decreased]");
        assertThat(row.attr("data-confirmed")).isEqualTo("true");
        assertThat(row.selectFirst(".replay .confirmed").text()).isEqualTo("confirmed");
        Element rejected = row.selectFirst(".replay .rejected-by");
        assertThat(rejected.attr("data-file")).isEqualTo("40.4.3/batch/request-too-many.xml");
        assertThat(rejected.selectFirst("code.loc").text()).isEqualTo("40.4.3/batch/request-too-many.xml:31:73");
        assertThat(rejected.selectFirst(".error").text())
                .startsWith("cvc-complex-type.2.4.f: 'bodyContent' can occur a maximum of '10' times");
        assertThat(rejected.text()).contains("GetUser GetSite request");
        // Only that change is confirmed in the whole series; changes nobody rejects are not.
        assertThat(doc.select("tr.change[data-confirmed]")).containsExactly(row);
        assertThat(release.selectFirst("p.coverage").attr("data-exercised")).isEqualTo("1");
        // No absolute path leaks from the replay: every file is corpus-relative.
        assertThat(doc.select("[data-file]").eachAttr("data-file")).allMatch(f -> !f.startsWith("/"));
        assertThat(doc.html()).doesNotContain(ReportFixtures.corpusRoot());
    }

    /** 40.6.0 adds umSiteAdmin: a newly accepted recorded message that uses it is shown under that change. */
    @Test
    void aNewElementShowsASnippetOfANewlyAcceptedMessage() throws IOException {
        Document doc = Jsoup.parse(ReportFixtures.webex().render(List.of("en")).get(ReleaseSeries.CHANGELOG));
        Element release = doc.selectFirst("section.release[data-release=40.6.0]");
        Element row = release.select("tr.change").stream()
                .filter(r -> path(r).endsWith("privilegeType/umSiteAdmin")).findFirst().orElseThrow();
        List<Element> examples = row.select(".replay figure.example[data-element=umSiteAdmin]");
        assertThat(examples).extracting(e -> e.attr("data-file"))
                .containsExactly("40.6.0/CreateUser/request-umSiteAdmin.xml", "40.6.0/GetMe/response-umSiteAdmin.xml");
        assertThat(examples.get(0).selectFirst("pre").text()).contains("<umSiteAdmin>true</umSiteAdmin>");
        assertThat(row.selectFirst(".replay").text()).contains("exercised by 4 recorded message(s)");
        assertThat(row.hasAttr("data-confirmed")).isFalse();
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
        assertThat(b4044.select("ul.behaviour li").text()).contains("SUCCESS ×11 → FAILURE 000053")
                .contains("40.4.3/batch/response-too-many.xml").contains("40.4.4/batch/response-too-many.xml");
        Element b4020 = doc.selectFirst("section.release[data-release=40.2.0]");
        assertThat(b4020.select("ul.behaviour > li").text()).contains("LstsummarySession")
                .contains("SUCCESS → FAILURE 000015");
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
        // Values whose short form drops a namespace other than XML Schema's keep the full value as a title.
        Element gift = doc.select("tr.change").stream().filter(r -> path(r).endsWith("order/gift")).findFirst()
                .orElseThrow();
        assertThat(gift.select(".values code").get(1).text()).isEqualTo("xs:boolean [0..1]");
        assertThat(gift.select(".values code").get(1).hasAttr("title")).isFalse();
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
