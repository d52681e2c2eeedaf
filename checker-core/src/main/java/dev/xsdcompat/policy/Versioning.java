package dev.xsdcompat.policy;

/**
 * How version labels must move: with {@code semver}, a release with an unaccepted breaking change must bump at
 * least {@code breakingBump} (major by default; minor for series whose first two numbers name the API, such as
 * 40.4 in 40.4.8). {@code none} turns the check off.
 */
public record Versioning(Scheme scheme, Part breakingBump) {

    public enum Scheme { SEMVER, NONE }

    /** Parts of a dotted version, most significant first. */
    public enum Part { MAJOR, MINOR, PATCH }

    public static Versioning defaults() {
        return new Versioning(Scheme.SEMVER, Part.MAJOR);
    }
}
