package dev.xsdcompat.maven;

import java.nio.file.Path;
import java.util.List;

/** One version of a release series: its label (e.g. {@code 40.6.0}) and its checker-core inputs. */
record SeriesVersion(String label, List<Path> inputs) {

    SeriesVersion {
        inputs = List.copyOf(inputs);
    }

    /** The label for a configured entry: a folder's or file's name without extension, or an artifact's version. */
    static String labelOf(String entry, boolean artifact) {
        String trimmed = entry.trim().replace('\\', '/');
        if (artifact) {
            String[] parts = trimmed.split(":");
            return parts.length >= 3 ? parts[2] : trimmed;
        }
        String name = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.matches(".*\\.(jar|zip|xsd)$") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
