package dev.xsdcompat.report.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.rules.Rule;

/** Builds the {@link ReportModel} from check results. Pure: the same results give an equal model. */
public final class ReportModels {

    /** One comparison of a series: its labels, result, and evidence from recorded traffic. */
    public record Step(String from, String to, CheckResult result, Evidence evidence) {
        public Step {
            evidence = evidence == null ? Evidence.NONE : evidence;
        }
    }

    private static final Pattern XS = Pattern.compile("\\{http://www\\.w3\\.org/2001/XMLSchema\\}");
    private static final Pattern CLARK = Pattern.compile("\\{[^}]*\\}");

    private ReportModels() {
    }

    /** A single comparison, labelled with the inputs as the user named them. */
    public static ReportModel of(CheckResult result, Labels labels) {
        return of(result, labels, Evidence.NONE);
    }

    /** A single comparison with the evidence of its replay (see {@code report.series.ReplayEvidence}). */
    public static ReportModel of(CheckResult result, Labels labels, Evidence evidence) {
        String from = result.oldSide().label();
        String to = result.newSide().label();
        return series(from + " → " + to, List.of(new Step(from, to, result, evidence)), labels);
    }

    public static ReportModel of(CheckResult result) {
        return of(result, Labels.english());
    }

    /** A series: one release per step, oldest first. */
    public static ReportModel series(String title, List<Step> steps, Labels labels) {
        List<Release> releases = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            releases.add(release(i, steps.get(i), labels));
        }
        Counts total = new Counts(0, 0, 0, 0, 0);
        TreeSet<String> apis = new TreeSet<>();
        TreeSet<Rule> rules = new TreeSet<>(Comparator.comparing(Rule::id));
        for (int i = 0; i < releases.size(); i++) {
            total = total.plus(releases.get(i).counts());
            apis.addAll(releases.get(i).affectedApis());
            steps.get(i).result().findings().forEach(f -> rules.add(f.change().rule()));
        }
        List<RuleEntry> ruleEntries = rules.stream()
                .map(r -> new RuleEntry(r.id(), r.description(), r.request().id(), r.response().id())).toList();
        Chart chart = releases.size() > 1 ? Chart.of(releases) : null;
        return new ReportModel(title, labels.language(), labels.verdict(total.worst()), total, releases,
                List.copyOf(apis), ruleEntries, chart, labels.get("api.none"), labels.get("namespace.none"));
    }

    private static Release release(int index, Step step, Labels labels) {
        List<Finding> findings = new ArrayList<>(step.result().findings());
        // Worst first; within a severity the findings keep their sorted (path, rule, subject) order.
        findings.sort(Comparator.comparing(Finding::overall));
        List<ChangeEntry> changes = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            changes.add(entry("c" + index + "-" + i, f, labels,
                    step.evidence().forChange(f.change().fingerprint())));
        }
        Map<String, List<ChangeEntry>> byApi = new TreeMap<>();
        Map<String, List<ChangeEntry>> byNamespace = new TreeMap<>();
        List<ChangeEntry> unassigned = new ArrayList<>();
        for (ChangeEntry c : changes) {
            c.affectedApis().forEach(api -> byApi.computeIfAbsent(api, k -> new ArrayList<>()).add(c));
            if (c.affectedApis().isEmpty()) {
                unassigned.add(c);
            }
            byNamespace.computeIfAbsent(c.namespace(), k -> new ArrayList<>()).add(c);
        }
        String anchor = "r-" + slug(step.to());
        List<Section> apiSections = new ArrayList<>();
        byApi.forEach((api, list) -> apiSections.add(new Section(api, anchor + "-api-" + slug(api), Counts.of(list),
                list)));
        if (!unassigned.isEmpty()) {
            apiSections.add(new Section(labels.get("api.none"), anchor + "-api--none", Counts.of(unassigned),
                    unassigned));
        }
        List<Section> nsSections = new ArrayList<>();
        byNamespace.forEach((ns, list) -> nsSections.add(new Section(ns.isEmpty() ? labels.get("namespace.none") : ns,
                anchor + "-ns-" + nsSections.size(), Counts.of(list), list)));
        List<String> warnings = new ArrayList<>();
        for (LoadWarning w : step.result().oldSide().warnings()) {
            warnings.add(step.from() + ": " + w);
        }
        for (LoadWarning w : step.result().newSide().warnings()) {
            warnings.add(step.to() + ": " + w);
        }
        Counts counts = Counts.of(changes);
        return new Release(index, anchor, step.from(), step.to(), counts, labels.verdict(counts.worst()), changes,
                apiSections, nsSections, List.copyOf(byApi.keySet()), step.evidence(), warnings);
    }

    static ChangeEntry entry(String anchor, Finding f, Labels labels, ChangeEvidence replay) {
        Change c = f.change();
        String search = String.join("\n", c.rule().id(), c.path(), nz(c.subject()), nz(c.oldValue()),
                nz(c.newValue()), String.join(" ", f.affectedApis()), nz(f.acceptedReason()))
                .toLowerCase(Locale.ROOT);
        return new ChangeEntry(anchor, c.rule().id(), c.rule().description(), c.kind().id(), c.component().xsdName(),
                c.name(), c.namespace(), c.path(), parent(c.path()), c.subject(), c.oldValue(), c.newValue(),
                shortValue(c.oldValue()), shortValue(c.newValue()), f.overall(), f.request(), f.response(),
                f.overall().id(), f.request().id(), f.response().id(), labels.severity(f.overall()),
                labels.severity(f.request()), labels.severity(f.response()), f.affectedApis(), f.apis().request(), f.apis().response(),
                c.oldLocation().toString(), c.newLocation().toString(), c.fingerprint(), acceptedReason(f), search, replay);
    }

    /** The reason a policy accepted the change, or null. */
    static String acceptedReason(Finding f) {
        return f.acceptedReason();
    }

    /** {@code {ns}a/b/{ns2}c} to {@code a/b}: the holder of the last step, namespaces dropped. */
    static String parent(String path) {
        List<String> steps = steps(path);
        if (steps.size() < 2) {
            return "";
        }
        return String.join("/", steps.subList(0, steps.size() - 1).stream()
                .map(s -> CLARK.matcher(s).replaceAll("")).toList());
    }

    /** Splits a component path at the slashes outside {namespace} braces. */
    static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == '/' && depth == 0) {
                steps.add(path.substring(start, i));
                start = i + 1;
            }
        }
        steps.add(path.substring(start));
        return steps;
    }

    /** {@code {XMLSchema}boolean [0..1]} to {@code xs:boolean [0..1]}; other namespaces dropped. */
    static String shortValue(String value) {
        if (value == null) {
            return null;
        }
        return CLARK.matcher(XS.matcher(value).replaceAll("xs:")).replaceAll("");
    }

    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
