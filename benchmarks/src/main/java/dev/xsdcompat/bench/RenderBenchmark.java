package dev.xsdcompat.bench;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.SideSummary;
import dev.xsdcompat.classify.ApiReach;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SourceLocation;
import dev.xsdcompat.report.HtmlReportWriter;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/**
 * Renders N synthetic changes (default 10,000) to the HTML changelog and prints the time of each run and the page
 * size. Run by hand: {@code java -cp benchmarks/target/benchmarks.jar dev.xsdcompat.bench.RenderBenchmark [N]}.
 * Goal: under a second for 10,000 changes, with a page a browser opens comfortably (under 8 MB: each change is in
 * the page once; the by-API and by-schema views are built in the browser).
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        CheckResult result = synthetic(n);
        HtmlReportWriter writer = new HtmlReportWriter();
        long best = Long.MAX_VALUE;
        int bytes = 0;
        for (int run = 1; run <= 6; run++) {
            long start = System.nanoTime();
            StringWriter out = new StringWriter(n * 2048);
            writer.write(result, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            bytes = out.toString().getBytes(StandardCharsets.UTF_8).length;
            best = Math.min(best, ms);
            System.out.printf("run %d: %,d changes rendered in %,d ms (%s)%n", run, n, ms, run == 1 ? "cold" : "warm");
        }
        System.out.printf("HTML page: %,d bytes (%.1f MB, %,d bytes per change; %s); best %,d ms -> %s%n", bytes,
                bytes / 1_048_576.0, bytes / Math.max(1, n), bytes < 8_000_000 ? "under 8 MB" : "OVER 8 MB", best,
                best < 1000 ? "under a second" : "OVER A SECOND");
    }

    static CheckResult synthetic(int n) {
        Rule[] rules = Rule.values();
        Severity[] severities = Severity.values();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Rule rule = rules[i % rules.length];
            String ns = "urn:bench:service" + (i % 12);
            String type = "type" + (i / 40);
            String name = "element" + i;
            Change c = new Change(rule, "{" + ns + "}" + type + "/" + name, ComponentKind.ELEMENT, ns, name,
                    i % 7 == 0 ? "value" + i : null, i % 3 == 0 ? null : "{http://www.w3.org/2001/XMLSchema}string",
                    "{http://www.w3.org/2001/XMLSchema}token [0..1]", new SourceLocation("service" + (i % 12) + ".xsd",
                    i + 1), new SourceLocation("service" + (i % 12) + ".xsd", i + 3));
            List<String> req = List.of("Api" + (i % 50), "Api" + ((i + 7) % 50));
            List<String> resp = List.of("Api" + ((i + 13) % 50));
            findings.add(new Finding(c, severities[i % 4], severities[(i / 4) % 4], new ApiReach(req, resp),
                    i % 100 == 0 ? "accepted in review " + i : null));
        }
        SideSummary old = new SideSummary("v1", List.of("service.xsd"), n, List.of("urn:bench"), List.of());
        SideSummary neu = new SideSummary("v2", List.of("service.xsd"), n, List.of("urn:bench"), List.of());
        return new CheckResult(old, neu, findings);
    }
}
