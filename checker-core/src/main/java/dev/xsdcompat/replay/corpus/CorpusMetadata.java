package dev.xsdcompat.replay.corpus;

import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.replay.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * What is known about the messages of a corpus, from three sources, the first that says something winning:
 * <ol>
 *   <li>{@code corpus.xml} at the root ({@code urn:xsd-compat:corpus:1}, the Webex corpus format: messages with
 *       api, direction, recorded version and valid/invalid version ranges; drift pairs);</li>
 *   <li>a sidecar {@code <message>.meta.properties} with keys {@code api}, {@code direction},
 *       {@code recorded}, {@code valid}, {@code invalid} (space-separated versions) and {@code error};</li>
 *   <li>the path convention {@code <version>/<Api>/request|response[-what].xml}: a file name starting with
 *       {@code request} or {@code response} gives the direction, the two folders above it the recorded version
 *       and the API ({@code batch} names no API).</li>
 * </ol>
 * Drift pairs come from {@code corpus.xml} when it lists any; otherwise every response recorded at
 * {@code <old label>/X} that also exists at {@code <new label>/X} is a pair. Immutable after reading.
 */
public final class CorpusMetadata {

    private final List<String> versions;
    private final Map<String, MessageMeta> described;
    private final List<DriftPair> drifts;
    private final List<String> driftReleases;

    private CorpusMetadata(List<String> versions, Map<String, MessageMeta> described, List<DriftPair> drifts,
            List<String> driftReleases) {
        this.versions = List.copyOf(versions);
        this.described = Map.copyOf(described);
        this.drifts = List.copyOf(drifts);
        this.driftReleases = driftReleases;
    }

    /** Reads {@code corpus.xml} when the corpus has one; sidecars are read lazily per message. */
    public static CorpusMetadata read(Corpus corpus) throws IOException {
        if (!corpus.exists(Corpus.CORPUS_XML)) {
            return new CorpusMetadata(List.of(), Map.of(), List.of(), List.of());
        }
        try (InputStream in = corpus.open(Corpus.CORPUS_XML)) {
            CorpusXml xml = CorpusXml.parse(in, corpus.label() + "/" + Corpus.CORPUS_XML);
            return new CorpusMetadata(xml.versions(), xml.messages(), xml.drifts(), xml.driftReleases());
        }
    }

    /** The version series the metadata names, oldest first; empty without {@code corpus.xml}. */
    public List<String> versions() {
        return versions;
    }

    /** Everything known about one message. */
    public MessageMeta meta(Corpus corpus, String path) {
        MessageMeta meta = described.getOrDefault(path, MessageMeta.NONE);
        String sidecar = path + Corpus.META_SUFFIX;
        if (corpus.exists(sidecar)) {
            meta = meta.orElse(properties(corpus, sidecar));
        }
        return meta.orElse(convention(path));
    }

    /** The outcome the metadata predicts for a message between two versions, when it names both. */
    public static Optional<Outcome> expected(MessageMeta meta, String oldLabel, String newLabel) {
        Optional<Boolean> before = validIn(meta, oldLabel);
        Optional<Boolean> after = validIn(meta, newLabel);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Outcome.of(before.get(), after.get()));
    }

    private static Optional<Boolean> validIn(MessageMeta meta, String version) {
        if (meta.valid().contains(version)) {
            return Optional.of(true);
        }
        return meta.invalid().contains(version) ? Optional.of(false) : Optional.empty();
    }

    /**
     * The response pairs to compare between two versions: the listed drift pairs whose release lies after
     * {@code oldLabel} and no later than {@code newLabel} in the series (all of them when a label is not in the
     * series), or, without a list, the same response path under both labels.
     */
    public List<DriftPair> driftPairs(Corpus corpus, String oldLabel, String newLabel) {
        if (!drifts.isEmpty()) {
            int from = versions.indexOf(oldLabel);
            int to = versions.indexOf(newLabel);
            List<DriftPair> result = new ArrayList<>();
            for (int i = 0; i < drifts.size(); i++) {
                int release = versions.indexOf(driftReleases.get(i));
                if (from < 0 || to < 0 || release < 0 || (release > from && release <= to)) {
                    result.add(drifts.get(i));
                }
            }
            return result;
        }
        List<DriftPair> result = new ArrayList<>();
        String prefix = oldLabel + "/";
        for (String path : corpus.messages()) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            String rest = path.substring(prefix.length());
            String after = newLabel + "/" + rest;
            MessageMeta meta = meta(corpus, path);
            if (meta.direction() == Direction.RESPONSE && corpus.exists(after)) {
                String request = requestFor(path);
                result.add(new DriftPair(meta.api(), request != null && corpus.exists(request) ? request : null,
                        path, after, null, null));
            }
        }
        return result;
    }

    private static String requestFor(String responsePath) {
        int slash = responsePath.lastIndexOf('/') + 1;
        String name = responsePath.substring(slash);
        return name.startsWith("response") ? responsePath.substring(0, slash) + "request"
                + name.substring("response".length()) : null;
    }

    private MessageMeta properties(Corpus corpus, String sidecar) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(corpus.open(sidecar), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new CorpusException(sidecar + ": cannot read: " + e.getMessage(), e);
        }
        return new MessageMeta(blankToNull(p.getProperty("api")), direction(p.getProperty("direction")),
                blankToNull(p.getProperty("recorded")), versionSet(p.getProperty("valid"), sidecar),
                versionSet(p.getProperty("invalid"), sidecar), blankToNull(p.getProperty("error")));
    }

    private Set<String> versionSet(String text, String where) {
        return text == null ? Set.of() : VersionRanges.expand(text, versions, where);
    }

    /** {@code <version>/<Api>/request-x.xml}: direction from the file name, version and API from the folders. */
    static MessageMeta convention(String path) {
        String[] segments = path.split("/");
        String name = segments[segments.length - 1].toLowerCase(Locale.ROOT);
        Direction direction = name.startsWith("request") ? Direction.REQUEST
                : name.startsWith("response") ? Direction.RESPONSE : null;
        if (direction == null || segments.length < 3) {
            return new MessageMeta(null, direction, null, Set.of(), Set.of(), null);
        }
        String api = segments[segments.length - 2];
        return new MessageMeta(api.equals("batch") ? null : api, direction, segments[segments.length - 3],
                Set.of(), Set.of(), null);
    }

    static Direction direction(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "request" -> Direction.REQUEST;
            case "response" -> Direction.RESPONSE;
            default -> throw new CorpusException("direction must be request or response, not '" + text + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Keeps insertion order; used by the corpus.xml reader. */
    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
