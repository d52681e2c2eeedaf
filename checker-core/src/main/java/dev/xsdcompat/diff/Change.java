package dev.xsdcompat.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;

import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SourceLocation;
import dev.xsdcompat.rules.ChangeKind;
import dev.xsdcompat.rules.Rule;

/**
 * One difference between two versions. {@code subject} narrows a change within its component (the enumeration
 * value added, the facet tightened, the group referenced); it is null when the rule and path say it all.
 * Old/new values are null on the side where the thing does not exist.
 */
public record Change(Rule rule, String path, ComponentKind component, String namespace, String name,
        String subject, String oldValue, String newValue, SourceLocation oldLocation, SourceLocation newLocation)
        implements Comparable<Change> {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::path)
            .thenComparing(c -> c.rule().id())
            .thenComparing(c -> c.subject() == null ? "" : c.subject());

    public Change {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(path);
        Objects.requireNonNull(component);
        namespace = namespace == null ? "" : namespace;
        oldLocation = oldLocation == null ? SourceLocation.UNKNOWN : oldLocation;
        newLocation = newLocation == null ? SourceLocation.UNKNOWN : newLocation;
    }

    public ChangeKind kind() {
        return rule.kind();
    }

    /**
     * A stable identity for accepting this change in a policy file: the first 16 hex digits of SHA-256 over the
     * rule id, the path and the subject. It survives reformatting, file moves and unrelated changes.
     */
    public String fingerprint() {
        String key = rule.id() + "\n" + path + (subject == null ? "" : "\n" + subject);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public int compareTo(Change o) {
        return ORDER.compare(this, o);
    }
}
