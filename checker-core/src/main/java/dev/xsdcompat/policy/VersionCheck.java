package dev.xsdcompat.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares two version labels under a {@link Versioning} scheme. Labels that are not versions turn it off. */
public final class VersionCheck {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+(?:\\.\\d+){0,2})(?:[-+.].*)?");

    private VersionCheck() {
    }

    /** The version a label names ({@code 40.4.8}, {@code v2.4}, {@code schemas/webex/40.6.0}), if any. */
    public static Optional<List<Integer>> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String last = label.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(xsd|jar|zip)$", "");
        Matcher m = VERSION.matcher(last);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String p : m.group(1).split("\\.")) {
            parts.add(Integer.parseInt(p));
        }
        while (parts.size() < 3) {
            parts.add(0);
        }
        return Optional.of(List.copyOf(parts));
    }

    /** The verdict for a release with (or without) unaccepted breaking changes; empty when the check is off. */
    public static Optional<VersionVerdict> evaluate(String oldLabel, String newLabel, Versioning versioning,
            boolean breaking) {
        if (versioning.scheme() == Versioning.Scheme.NONE) {
            return Optional.empty();
        }
        Optional<List<Integer>> from = parse(oldLabel);
        Optional<List<Integer>> to = parse(newLabel);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Versioning.Part bump = bump(from.get(), to.get());
        boolean violation = breaking && (bump == null || bump.ordinal() > versioning.breakingBump().ordinal());
        String o = String.join(".", from.get().stream().map(String::valueOf).toList());
        String n = String.join(".", to.get().stream().map(String::valueOf).toList());
        String message = violation
                ? "breaking changes need at least a " + name(versioning.breakingBump()) + " version bump, but "
                        + o + " -> " + n + " is " + (bump == null ? "no bump" : "a " + name(bump) + " bump")
                : o + " -> " + n + ": " + (bump == null ? "no bump" : name(bump) + " bump") + ", consistent with "
                        + (breaking ? "breaking" : "compatible") + " changes";
        return Optional.of(new VersionVerdict(o, n, bump, versioning.breakingBump(), violation, message));
    }

    /** The most significant part that grew, or null when the version did not grow. */
    private static Versioning.Part bump(List<Integer> from, List<Integer> to) {
        for (int i = 0; i < 3; i++) {
            if (to.get(i) > from.get(i)) {
                return Versioning.Part.values()[i];
            }
            if (to.get(i) < from.get(i)) {
                return null;
            }
        }
        return null;
    }

    private static String name(Versioning.Part p) {
        return p.name().toLowerCase(java.util.Locale.ROOT);
    }
}
