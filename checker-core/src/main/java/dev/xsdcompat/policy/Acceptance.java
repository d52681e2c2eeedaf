package dev.xsdcompat.policy;

import java.util.Objects;
import java.util.regex.Pattern;

import dev.xsdcompat.diff.Change;
import dev.xsdcompat.rules.Rule;

/**
 * Accepts changes: one by its fingerprint, or all of a rule whose path matches a glob ({@code *} matches any
 * run of characters, slashes included). The reason is required: it is shown wherever the change is.
 */
public record Acceptance(String fingerprint, Rule rule, String pathGlob, String reason, String where) {

    public Acceptance {
        Objects.requireNonNull(reason);
        if (fingerprint == null && rule == null) {
            throw new IllegalArgumentException("an acceptance names a fingerprint or a rule");
        }
    }

    public boolean matches(Change change) {
        if (fingerprint != null) {
            return fingerprint.equals(change.fingerprint());
        }
        return change.rule() == rule && (pathGlob == null || glob(pathGlob).matcher(change.path()).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
