package dev.xsdcompat.report.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.report.model.BehaviourChange;
import dev.xsdcompat.report.model.Evidence;
import dev.xsdcompat.report.model.Example;
import dev.xsdcompat.rules.ChangeKind;

/**
 * Evidence a corpus gives without replaying it: for each element a release added, one request and one response
 * that use it (with a short snippet; with corpus metadata, only messages valid in the new version and not in the
 * old one), and the corpus's drift pairs for the release (behaviour changes), each
 * summarised from its two recorded responses.
 */
public final class CorpusEvidence implements EvidenceSource {

    private static final String SERVICE = "http://www.webex.com/schemas/2002/06/service";
    static final int CONTEXT_LINES = 3;

    private final CorpusIndex corpus;

    public CorpusEvidence(CorpusIndex corpus) {
        this.corpus = corpus;
    }

    @Override
    public Evidence evidence(String from, String to, CheckResult result) {
        return new Evidence(List.of(), behaviour(to), examples(from, to, result));
    }

    List<Example> examples(String from, String to, CheckResult result) {
        // Local name of each added element -> the APIs its additions touch.
        Map<String, Set<String>> added = new TreeMap<>();
        for (Finding f : result.findings()) {
            Change c = f.change();
            if (c.kind() == ChangeKind.ADDED && c.component() == ComponentKind.ELEMENT && c.name() != null) {
                added.computeIfAbsent(c.name(), k -> new TreeSet<>()).addAll(f.affectedApis());
            }
        }
        // (direction, file) -> chosen example; a message chosen for several elements is shown once.
        Map<String, Example> chosen = new TreeMap<>();
        for (var e : added.entrySet()) {
            Pattern tag = tag(e.getKey());
            for (String direction : List.of("request", "response")) {
                corpus.messages().stream()
                        .filter(m -> m.direction().equals(direction))
                        // With metadata: only messages the new version accepts and the old one does not.
                        .filter(m -> m.valid().isEmpty() || m.valid().contains(to) && !m.valid().contains(from))
                        .filter(m -> tag.matcher(m.text()).find())
                        .min(preference(from, to, e.getValue()))
                        .ifPresent(m -> chosen.merge(direction + "\n" + m.file(),
                                new Example(List.of(e.getKey()), api(m, e.getValue()), direction, m.file(),
                                        snippet(m.text(), tag)),
                                (a, b) -> new Example(Stream.concat(a.elements().stream(), b.elements().stream())
                                        .sorted().toList(), a.api(), a.direction(), a.file(),
                                        a.elements().get(0).compareTo(b.elements().get(0)) <= 0 ? a.snippet()
                                                : b.snippet())));
            }
        }
        List<Example> examples = new ArrayList<>(chosen.values());
        examples.sort(Comparator.comparing((Example x) -> x.elements().get(0)).thenComparing(x -> !x.request())
                .thenComparing(Example::file));
        return examples;
    }

    static Pattern tag(String localName) {
        return Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?" + Pattern.quote(localName) + "[\\s/>]");
    }

    /** Best first: of an affected API, recorded for this release, then by file. */
    private static Comparator<CorpusIndex.Message> preference(String from, String to, Set<String> apis) {
        Comparator<CorpusIndex.Message> c = Comparator.comparing(
                m -> apis.isEmpty() || m.apis().stream().noneMatch(apis::contains));
        c = c.thenComparing(m -> !m.file().startsWith(to + "/"));
        return c.thenComparing(CorpusIndex.Message::file);
    }

    private static String api(CorpusIndex.Message m, Set<String> affected) {
        return m.apis().stream().filter(affected::contains).findFirst()
                .orElse(m.apis().isEmpty() ? "" : m.apis().get(0));
    }

    /** A few lines around the first use of the element, dedented, with the payload's start when it is near. */
    static String snippet(String text, Pattern tag) {
        String[] lines = text.split("\n", -1);
        Matcher m = tag.matcher(text);
        if (!m.find()) {
            return "";
        }
        int at = lineOf(text, m.start());
        int from = Math.max(0, at - CONTEXT_LINES);
        int to = Math.min(lines.length - 1, at + CONTEXT_LINES);
        for (int i = at + 1; i < to; i++) {
            if (lines[i].contains("bodyContent>")) {
                to = i;
                break;
            }
        }
        int body = -1;
        for (int i = at; i >= 0; i--) {
            if (lines[i].contains("bodyContent")) {
                body = i;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        if (body >= 0 && body < from) {
            out.add(lines[body]);
            if (body + 1 < from) {
                out.add(indentOf(lines[from]) + "<!-- ... -->");
            }
        } else if (body >= 0) {
            from = body;
        }
        for (int i = from; i <= to; i++) {
            out.add(lines[i]);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        int indent = out.stream().filter(l -> !l.isBlank()).mapToInt(l -> indentOf(l).length()).min().orElse(0);
        StringBuilder s = new StringBuilder();
        for (String l : out) {
            s.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        return s.toString().stripTrailing();
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i).replace("\t", "    ");
    }

    List<BehaviourChange> behaviour(String to) {
        List<BehaviourChange> result = new ArrayList<>();
        for (CorpusIndex.Drift d : corpus.drifts()) {
            if (!d.release().equals(to)) {
                continue;
            }
            String before = corpus.text(d.before());
            String after = corpus.text(d.after());
            String b = outcome(before);
            String a = outcome(after);
            if (a.equals(b)) {
                a = a + " (" + firstDifference(before, after) + ")";
            }
            result.add(new BehaviourChange(String.join(", ", d.apis()), d.description(), d.request(), b, a));
        }
        result.sort(Comparator.comparing(BehaviourChange::api).thenComparing(BehaviourChange::request));
        return result;
    }

    /** {@code SUCCESS}, {@code FAILURE 000015}, or {@code SUCCESS ×11} for a batch. */
    static String outcome(String response) {
        Document doc = CorpusIndex.parse(response);
        NodeList results = doc.getElementsByTagNameNS(SERVICE, "result");
        NodeList ids = doc.getElementsByTagNameNS(SERVICE, "exceptionID");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < results.getLength(); i++) {
            String r = results.item(i).getTextContent().trim();
            if (i < ids.getLength() && !ids.item(i).getTextContent().isBlank()) {
                r = r + " " + ids.item(i).getTextContent().trim();
            }
            counts.merge(r, 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "no result";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((r, n) -> parts.add(n > 1 ? r + " ×" + n : r));
        return String.join(", ", parts);
    }

    private static String firstDifference(String before, String after) {
        Diff diff = DiffBuilder.compare(before).withTest(after).ignoreWhitespace().ignoreComments().checkForSimilar()
                .build();
        for (Difference d : diff.getDifferences()) {
            String xpath = d.getComparison().getControlDetails().getXPath();
            Object was = d.getComparison().getControlDetails().getValue();
            Object now = d.getComparison().getTestDetails().getValue();
            String where = xpath == null ? "?" : xpath.replaceAll("\\[\\d+\\]", "");
            int cut = where.lastIndexOf('/', where.lastIndexOf('/') - 1);
            return (cut > 0 ? "…" + where.substring(cut) : where) + ": " + d.getComparison().getType().getDescription()
                    + " " + was + " → " + now;
        }
        return "same content";
    }
}
