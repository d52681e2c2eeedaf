package dev.xsdcompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.xsdcompat.report.series.ReleaseSeries;

/**
 * The Webex series changelog in headless Chromium: it renders, its script runs, and the filters (applied from the
 * URL fragment, as a reader's bookmark would) hide and show rows. Screenshots go to target/. Skipped, saying so,
 * when no Chromium is installed; .ci/run installs Debian's {@code chromium} so CI always runs it.
 */
class HtmlInBrowserTest {

    private static Path page;
    private static Path target;

    static Optional<Path> chromium() {
        String override = System.getenv("XSDCOMPAT_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Optional.of(Path.of(override));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    static void writePage() throws IOException {
        Assumptions.assumeTrue(chromium().isPresent(),
                "headless Chromium not found on PATH (or XSDCOMPAT_CHROMIUM): browser test skipped; "
                        + "install it with 'apt-get install -y chromium' (.ci/run does)");
        target = Path.of("target", "browser").toAbsolutePath();
        Files.createDirectories(target);
        page = target.resolve("changelog.html");
        Files.writeString(page, ReportFixtures.webex().render(List.of("en")).get(ReleaseSeries.CHANGELOG),
                StandardCharsets.UTF_8);
    }

    private static String chromium(String fragment, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(target, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium().orElseThrow().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,1000"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri() + fragment);
        Path out = target.resolve("chromium-out.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(target.resolve("chromium-err.txt").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + cmd);
        }
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertThat(p.exitValue()).as("chromium exit code; see target/browser/chromium-err.txt").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Document dom(String fragment) throws Exception {
        Document doc = Jsoup.parse(chromium(fragment, "--dump-dom"));
        assertThat(doc.body().attr("data-ready")).as("the page script ran").isEqualTo("true");
        return doc;
    }

    private static List<Element> visibleRows(Document doc) {
        return doc.select("tr.change").stream().filter(r -> !r.hasAttr("hidden")).toList();
    }

    private static String path(Element row) {
        return HtmlReportTest.path(row);
    }

    @Test
    void rendersWithEveryRowShown() throws Exception {
        Document doc = dom("");
        int total = doc.select("tr.change").size();
        assertThat(total).isEqualTo(39);
        assertThat(visibleRows(doc)).hasSize(total);
        // The script adds each rule's description (kept once, in the rules table) to its rows.
        Element bodyContent = doc.selectFirst("tr.change[data-rule=max-occurs-decreased]");
        assertThat(bodyContent.selectFirst(".rule").text()).startsWith("max-occurs-decreased ")
                .hasSizeGreaterThan("max-occurs-decreased ".length() + 10);
        // The views are built only when shown.
        assertThat(doc.select("section.api-group, section.ns-group")).isEmpty();
        assertThat(doc.getElementById("shown").text()).isEqualTo("39 of 39 changes shown");
        chromium("", "--screenshot=" + target.resolve("changelog.png"));
        assertThat(Files.size(target.resolve("changelog.png"))).isGreaterThan(10_000);
    }

    @Test
    void freeTextFilterHidesAndShowsRows() throws Exception {
        Document doc = dom("#q=umsiteadmin");
        assertThat(visibleRows(doc)).extracting(HtmlInBrowserTest::path)
                .containsExactly("{http://www.webex.com/schemas/2002/06/service/user}privilegeType/umSiteAdmin");
        assertThat(doc.select("tr.change[hidden]")).hasSize(38);
        assertThat(doc.getElementById("f-q").val()).isEmpty(); // the DOM attribute; the property holds the text
        assertThat(doc.getElementById("shown").text()).isEqualTo("1 of 39 changes shown");
        chromium("#q=meetinguuid", "--screenshot=" + target.resolve("changelog-filtered.png"));
    }

    @Test
    void severityFilterAndApiView() throws Exception {
        Document doc = dom("#sev=breaking&view=api");
        assertThat(visibleRows(doc)).extracting(r -> r.attr("data-rule")).containsExactly("max-occurs-decreased");
        assertThat(doc.body().attr("data-view")).isEqualTo("api");
        // The by-API groups with no visible change are hidden too: only 40.4.4's (all 27 APIs) remain.
        assertThat(doc.select("section.release[data-release=40.4.4] section.api-group:not([hidden])")).hasSize(27);
        assertThat(doc.select("section.release[data-release=40.6.0] section.api-group:not([hidden])")).isEmpty();
        Document getMe = dom("#api=GetMe");
        assertThat(visibleRows(getMe)).isNotEmpty().allMatch(r -> (" " + r.attr("data-apis") + " ").contains(" GetMe "));
        assertThat(visibleRows(getMe)).extracting(HtmlInBrowserTest::path)
                .contains("{http://www.webex.com/schemas/2002/06/service/user}privilegeType/umSiteAdmin");
        Document all = dom("#sev=breaking,warning,info,safe");
        assertThat(visibleRows(all)).hasSize(39);
    }

    /**
     * The views the script builds: in every release, each API group lists exactly the rows whose data names that
     * API (worst first, as the table), and each schema group exactly the rows of its namespace; every entry
     * links to its row. A screenshot of the by-API view goes to target/.
     */
    @Test
    void builtViewsListExactlyTheirChanges() throws Exception {
        for (String kind : List.of("api", "ns")) {
            Document doc = dom("#view=" + kind);
            assertThat(doc.body().attr("data-view")).isEqualTo(kind);
            int entries = 0;
            for (Element release : doc.select("section.release")) {
                java.util.Map<String, List<String>> expected = new java.util.TreeMap<>();
                List<String> unassigned = new ArrayList<>();
                for (Element row : release.select("tr.change")) {
                    List<String> keys = kind.equals("api")
                            ? List.of(row.attr("data-apis").split(" ")).stream().filter(k -> !k.isEmpty()).toList()
                            : List.of(HtmlReportTest.namespace(row));
                    keys.forEach(k -> expected.computeIfAbsent(k, x -> new ArrayList<>()).add(row.id()));
                    if (keys.isEmpty()) {
                        unassigned.add(row.id());
                    }
                }
                java.util.Map<String, List<String>> actual = new java.util.TreeMap<>();
                List<String> actualUnassigned = new ArrayList<>();
                for (Element group : release.select("section." + kind + "-group")) {
                    List<String> refs = new ArrayList<>();
                    for (Element li : group.select("li.change")) {
                        assertThat(li.selectFirst("a").attr("href")).isEqualTo("#" + li.attr("data-ref"));
                        assertThat(release.getElementById(li.attr("data-ref"))).isNotNull();
                        refs.add(li.attr("data-ref"));
                    }
                    assertThat(group.selectFirst("h3 small").text()).isEqualTo(String.valueOf(refs.size()));
                    entries += refs.size();
                    String key = kind.equals("api") ? group.attr("data-api") : group.attr("data-namespace");
                    if (kind.equals("api") && !group.hasAttr("data-api")) {
                        actualUnassigned.addAll(refs);
                    } else {
                        actual.put(kind.equals("ns") && key.equals("(no namespace)") ? "" : key, refs);
                    }
                }
                assertThat(actual).as(kind + " view of " + release.attr("data-release")).isEqualTo(expected);
                assertThat(actualUnassigned).isEqualTo(unassigned);
            }
            assertThat(entries).as(kind).isPositive();
        }
        Document getMe = dom("#view=api&api=GetMe");
        Element group = getMe.selectFirst("section.release[data-release=40.6.0] section.api-group[data-api=GetMe]");
        assertThat(group).isNotNull();
        assertThat(group.hasAttr("hidden")).isFalse();
        assertThat(group.select("li.change").text()).contains("privilegeType/umSiteAdmin");
        // Entries follow their rows: a shown entry links to a shown row.
        for (Element li : getMe.select("section.api-group li.change:not([hidden])")) {
            assertThat(getMe.getElementById(li.attr("data-ref")).hasAttr("hidden")).isFalse();
        }
        chromium("#view=api", "--screenshot=" + target.resolve("changelog-api.png"));
    }
}
