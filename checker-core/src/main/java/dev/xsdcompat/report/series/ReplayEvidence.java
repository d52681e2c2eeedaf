package dev.xsdcompat.report.series;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.CoverageEntry;
import dev.xsdcompat.replay.DriftDifference;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.ResponseDrift;
import dev.xsdcompat.replay.corpus.Corpus;
import dev.xsdcompat.report.model.BehaviourChange;
import dev.xsdcompat.report.model.ChangeEvidence;
import dev.xsdcompat.report.model.Evidence;
import dev.xsdcompat.report.model.Example;
import dev.xsdcompat.report.model.RejectedMessage;
import dev.xsdcompat.report.model.ReplayCoverage;
import dev.xsdcompat.rules.ChangeKind;

/**
 * The evidence of a release from its replay ({@link CheckResult#replay()}; none when nothing was replayed): the
 * newly rejected messages with their first error, the responses that drifted (with a one-line summary of each
 * side and the first differences), per change the messages that exercise it (rejected ones, a {@code confirmed}
 * mark, an example among the newly accepted ones), examples of the release's new elements, and the coverage.
 *
 * <p>The corpus is read only for snippets and drift summaries; without one ({@code null}) those stay empty. All
 * file names are the corpus-relative ones replay reports; output is sorted, so the same replay gives equal evidence.
 */
public final class ReplayEvidence implements EvidenceSource {

    private static final String SERVICE = "http://www.webex.com/schemas/2002/06/service";
    private static final Pattern POSITION = Pattern.compile("^line (\\d+) col (\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern CLARK = Pattern.compile("\\{[^}]*\\}");
    static final int CONTEXT_LINES = 3;
    /** Differences listed per drifted response pair. */
    static final int DIFFERENCES = 3;

    private final Path corpus;

    /** @param corpus the replayed corpus (folder or zip) to read snippets from, or null */
    public ReplayEvidence(Path corpus) {
        this.corpus = corpus;
    }

    @Override
    public Evidence evidence(String from, String to, CheckResult result) {
        ReplayResult replay = result.replay();
        if (replay == null) {
            return Evidence.NONE;
        }
        try (Texts texts = new Texts(corpus)) {
            return build(to, result, replay, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Evidence build(String to, CheckResult result, ReplayResult replay, Texts texts) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        result.findings().forEach(f -> findings.put(f.change().fingerprint(), f));
        Map<String, List<RejectedMessage>> rejectedBy = new HashMap<>();
        Map<String, List<MessageResult>> acceptedBy = new HashMap<>();
        List<RejectedMessage> rejected = new ArrayList<>();
        List<MessageResult> accepted = new ArrayList<>();
        List<MessageResult> messages = new ArrayList<>(replay.messages());
        messages.sort(Comparator.comparing(MessageResult::file));
        for (MessageResult m : messages) {
            if (m.outcome() == Outcome.NEWLY_REJECTED) {
                RejectedMessage r = rejected(m);
                rejected.add(r);
                m.exercises().forEach(fp -> rejectedBy.computeIfAbsent(fp, k -> new ArrayList<>()).add(r));
            } else if (m.outcome() == Outcome.NEWLY_ACCEPTED) {
                accepted.add(m);
                m.exercises().forEach(fp -> acceptedBy.computeIfAbsent(fp, k -> new ArrayList<>()).add(m));
            }
        }
        Map<String, ChangeEvidence> perChange = new TreeMap<>();
        List<ReplayCoverage.Entry> coverage = new ArrayList<>();
        for (CoverageEntry c : replay.coverage().changes()) {
            Finding f = findings.get(c.fingerprint());
            List<MessageResult> users = acceptedBy.getOrDefault(c.fingerprint(), List.of());
            List<Example> examples = new ArrayList<>();
            if (f != null && f.change().name() != null) {
                for (Direction d : Direction.values()) {
                    users.stream().filter(m -> m.direction() == d).min(preference(to, f.affectedApis()))
                            .ifPresent(m -> examples.add(example(m, List.of(f.change().name()), f.affectedApis(),
                                    texts)));
                }
            }
            perChange.put(c.fingerprint(), new ChangeEvidence(c.messages(), c.confirmed(),
                    rejectedBy.getOrDefault(c.fingerprint(), List.of()), examples, users.size()));
            coverage.add(new ReplayCoverage.Entry(c.fingerprint(), CLARK.matcher(c.path()).replaceAll(""), c.rule(),
                    c.messages(), c.newlyRejected(), c.confirmed()));
        }
        List<BehaviourChange> behaviour = replay.drift().stream().map(d -> behaviour(d, texts))
                .sorted(Comparator.comparing(BehaviourChange::api).thenComparing(BehaviourChange::request)
                        .thenComparing(BehaviourChange::beforeFile))
                .toList();
        return new Evidence(rejected, behaviour, examples(to, findings.values(), acceptedBy, texts),
                new ReplayCoverage(replay.summary().messages(), coverage), perChange);
    }

    /** {@code line 31 col 73: cvc-...} of the new version becomes {@code file:31:73} and the message. */
    static RejectedMessage rejected(MessageResult m) {
        String error = m.newVersion().errors().isEmpty() ? "rejected" : m.newVersion().errors().get(0);
        Matcher p = POSITION.matcher(error);
        String location = p.matches() ? m.file() + ":" + p.group(1) + ":" + p.group(2) : m.file();
        return new RejectedMessage(m.file(), nz(m.api()), direction(m), location, p.matches() ? p.group(3) : error);
    }

    /**
     * For each element the release added: one request and one response among the newly accepted messages that
     * exercise it; a message chosen for several elements is shown once, naming them all.
     */
    private List<Example> examples(String to, java.util.Collection<Finding> findings,
            Map<String, List<MessageResult>> acceptedBy, Texts texts) {
        Map<String, Set<String>> apisByName = new TreeMap<>();
        Map<String, List<MessageResult>> usersByName = new TreeMap<>();
        for (Finding f : findings) {
            Change c = f.change();
            if (c.kind() == ChangeKind.ADDED && c.component() == ComponentKind.ELEMENT && c.name() != null) {
                apisByName.computeIfAbsent(c.name(), k -> new TreeSet<>()).addAll(f.affectedApis());
                usersByName.computeIfAbsent(c.name(), k -> new ArrayList<>())
                        .addAll(acceptedBy.getOrDefault(c.fingerprint(), List.of()));
            }
        }
        Map<String, MessageResult> chosen = new TreeMap<>();
        Map<String, TreeSet<String>> names = new HashMap<>();
        Map<String, Set<String>> apis = new HashMap<>();
        for (var e : usersByName.entrySet()) {
            for (Direction d : Direction.values()) {
                e.getValue().stream().filter(m -> m.direction() == d)
                        .min(preference(to, List.copyOf(apisByName.get(e.getKey()))))
                        .ifPresent(m -> {
                            chosen.put(m.file(), m);
                            names.computeIfAbsent(m.file(), k -> new TreeSet<>()).add(e.getKey());
                            apis.computeIfAbsent(m.file(), k -> new TreeSet<>()).addAll(apisByName.get(e.getKey()));
                        });
            }
        }
        List<Example> examples = new ArrayList<>();
        chosen.forEach((file, m) -> examples.add(example(m, List.copyOf(names.get(file)), apis.get(file), texts)));
        examples.sort(Comparator.comparing((Example x) -> x.elements().get(0)).thenComparing(x -> !x.request())
                .thenComparing(Example::file));
        return examples;
    }

    private static Example example(MessageResult m, List<String> elements, java.util.Collection<String> affected,
            Texts texts) {
        String text = texts.read(m.file());
        return new Example(elements, api(m, affected), direction(m), m.file(),
                text == null ? "" : snippet(text, tag(elements.get(0))));
    }

    /** Best first: of an affected API, recorded for this release, then by file. */
    private static Comparator<MessageResult> preference(String to, java.util.Collection<String> apis) {
        Comparator<MessageResult> c = Comparator.comparing(
                m -> apis.isEmpty() || apiList(m).stream().noneMatch(apis::contains));
        c = c.thenComparing(m -> !m.file().startsWith(to + "/"));
        return c.thenComparing(MessageResult::file);
    }

    private static List<String> apiList(MessageResult m) {
        String a = nz(m.api()).trim();
        return a.isEmpty() ? List.of() : List.of(a.split("\\s+"));
    }

    private static String api(MessageResult m, java.util.Collection<String> affected) {
        List<String> list = apiList(m);
        return list.stream().filter(affected::contains).findFirst().orElse(list.isEmpty() ? "" : list.get(0));
    }

    private static String direction(MessageResult m) {
        return m.direction() == null ? "" : m.direction().name().toLowerCase(Locale.ROOT);
    }

    private static BehaviourChange behaviour(ResponseDrift d, Texts texts) {
        String before = texts.read(d.before());
        String after = texts.read(d.after());
        String b = before == null ? "" : outcome(before);
        String a = after == null ? "" : outcome(after);
        List<BehaviourChange.Difference> differences = new ArrayList<>();
        for (DriftDifference x : d.differences().subList(0, Math.min(DIFFERENCES, d.differences().size()))) {
            differences.add(new BehaviourChange.Difference(x.xpath(), x.comparison(), x.oldValue(), x.newValue()));
        }
        return new BehaviourChange(String.join(", ", apiWords(d.api())), nz(d.description()), nz(d.request()),
                d.before(), d.after(), b, a, differences, d.differences().size() - differences.size());
    }

    private static List<String> apiWords(String api) {
        String a = nz(api).trim();
        return a.isEmpty() ? List.of() : List.of(a.split("\\s+"));
    }

    static Pattern tag(String localName) {
        return Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?" + Pattern.quote(localName) + "[\\s/>]");
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

    /** {@code SUCCESS}, {@code FAILURE 000015}, or {@code SUCCESS ×11} for a batch; empty when unreadable. */
    static String outcome(String response) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(response)));
        } catch (Exception e) {
            return "";
        }
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
        List<String> parts = new ArrayList<>();
        counts.forEach((r, n) -> parts.add(n > 1 ? r + " ×" + n : r));
        return String.join(", ", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Reads corpus files by their corpus-relative names (LF line ends); null when absent or no corpus. */
    private static final class Texts implements AutoCloseable {
        private final Corpus corpus;
        private final Map<String, String> cache = new HashMap<>();

        Texts(Path location) throws IOException {
            this.corpus = location == null ? null : Corpus.open(location);
        }

        String read(String file) {
            if (corpus == null || file == null) {
                return null;
            }
            return cache.computeIfAbsent(file, f -> {
                if (!corpus.exists(f)) {
                    return null;
                }
                try (InputStream in = corpus.open(f)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() throws IOException {
            if (corpus != null) {
                corpus.close();
            }
        }
    }

}
