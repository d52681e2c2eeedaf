package dev.xsdcompat.maven;

import org.apache.maven.plugin.MojoFailureException;

/** {@code groupId:artifactId:version[:classifier]}, as given to {@code oldArtifact}; always a jar. */
record ArtifactCoordinates(String groupId, String artifactId, String version, String classifier) {

    static ArtifactCoordinates parse(String parameter, String value) throws MojoFailureException {
        String[] parts = value.trim().split(":", -1);
        if (parts.length < 3 || parts.length > 4) {
            throw BadParameter.of(parameter, "'" + value + "' is not groupId:artifactId:version[:classifier]");
        }
        for (String p : parts) {
            if (p.isBlank()) {
                throw BadParameter.of(parameter, "'" + value + "' has an empty part; expected "
                        + "groupId:artifactId:version[:classifier]");
            }
        }
        return new ArtifactCoordinates(parts[0].trim(), parts[1].trim(), parts[2].trim(),
                parts.length == 4 ? parts[3].trim() : "");
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
    }
}
