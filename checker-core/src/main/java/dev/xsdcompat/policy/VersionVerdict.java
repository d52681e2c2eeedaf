package dev.xsdcompat.policy;

/**
 * What the version labels say about a release next to what changed: {@code violation} when an unaccepted
 * breaking change ships in a release whose bump claims compatibility.
 */
public record VersionVerdict(String oldVersion, String newVersion, Versioning.Part bump, Versioning.Part required,
        boolean violation, String message) {
}
