package dev.xsdcompat.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.check.SideSummary;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SourceLocation;
import dev.xsdcompat.replay.ReplaySettings;
import dev.xsdcompat.report.series.ReleaseSeries;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.webex.WebexSeries;

/** Shared inputs of the report tests: the Webex series (compared once per run) and hand-made results. */
final class ReportFixtures {

    private static volatile ReleaseSeries.Result webex;

    private ReportFixtures() {
    }

    /** The bundled Webex series 39.0 to 40.6.0 with its corpus replayed per release (as reports/regenerate does). */
    static ReleaseSeries.Result webex() {
        if (webex == null) {
            synchronized (ReportFixtures.class) {
                if (webex == null) {
                    ReleaseSeries.Builder b = ReleaseSeries.builder()
                            .check(CompatibilityCheck.builder()
                                    .operations(WebexSeries.home().resolve("operations.xml"))
                                    .replay(ReplaySettings.of(WebexSeries.corpus())
                                            .withAdapter(ReplaySettings.Adapter.AUTO))
                                    .build());
                    WebexSeries.VERSIONS.forEach(v -> b.version(WebexSeries.release(v)));
                    webex = b.build().run();
                }
            }
        }
        return webex;
    }

    /** The corpus folder's absolute path (reports must not contain it). */
    static String corpusRoot() {
        return WebexSeries.corpus().toAbsolutePath().toString();
    }

    static String render(ReportWriter writer, CheckResult result) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(result, out);
        return out.toString();
    }

    /**
     * A result with affected APIs, every severity, a removal (old location only), a subject and values that need
     * escaping: what the Webex series without an operations model does not exercise.
     */
    static CheckResult handMade() {
        String ns = "urn:shop";
        List<Finding> f = new ArrayList<>();
        f.add(new Finding(change(Rule.ELEMENT_REMOVED, "{urn:shop}order/note", ns, "note", null,
                "xs:string [0..1]", null, loc("order.xsd", 12), null), sev("breaking"), sev("breaking"),
                List.of("PlaceOrder", "GetOrder")));
        f.add(new Finding(change(Rule.ELEMENT_ADDED_OPTIONAL, "{urn:shop}order/gift", ns, "gift", null, null,
                "{http://www.w3.org/2001/XMLSchema}boolean [0..1]", null, loc("order.xsd", 20)), sev("safe"),
                sev("warning"), List.of("PlaceOrder")));
        f.add(new Finding(change(Rule.ENUM_VALUE_ADDED, "{urn:shop}status", ns, "status", "<&\"quoted\">", null,
                "<script>alert(1)</script>", null, loc("types.xsd", 7)), sev("safe"), sev("warning"),
                List.of("GetOrder")));
        f.add(new Finding(change(Rule.ATTRIBUTE_REMOVED, "{urn:shop}order/@legacy", ns, "legacy", null,
                "xs:string", null, loc("order.xsd", 30), null), sev("breaking"), sev("breaking"),
                new dev.xsdcompat.classify.ApiReach(List.of("PlaceOrder"), List.of()), "no client sends it (ticket 42)"));
        f.add(new Finding(change(Rule.TYPE_ADDED, "{urn:other}extra", "urn:other", "extra", null, null,
                "complexType", null, loc("other.xsd", 3)), sev("info"), sev("info"), List.of()));
        f.add(new Finding(change(Rule.MIN_OCCURS_DECREASED, "{urn:shop}order/id", ns, "id", null, "1", "0",
                loc("order.xsd", 9), loc("order.xsd", 9)), sev("safe"), sev("safe"), List.of("GetOrder")));
        SideSummary old = new SideSummary("v1", List.of("order.xsd", "types.xsd"), 10, List.of(ns), List.of());
        SideSummary neu = new SideSummary("v2", List.of("order.xsd", "types.xsd", "other.xsd"), 12,
                List.of(ns, "urn:other"), List.of());
        return new CheckResult(old, neu, f);
    }

    static Change change(Rule rule, String path, String ns, String name, String subject, String oldValue,
            String newValue, SourceLocation oldLoc, SourceLocation newLoc) {
        ComponentKind kind = rule == Rule.TYPE_ADDED ? ComponentKind.COMPLEX_TYPE
                : rule == Rule.ATTRIBUTE_REMOVED ? ComponentKind.ATTRIBUTE : ComponentKind.ELEMENT;
        return new Change(rule, path, kind, ns, name, subject, oldValue, newValue, oldLoc, newLoc);
    }

    static SourceLocation loc(String file, int line) {
        return new SourceLocation(file, line);
    }

    static dev.xsdcompat.rules.Severity sev(String id) {
        return dev.xsdcompat.rules.Severity.parse(id);
    }
}
