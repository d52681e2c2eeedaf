package dev.xsdcompat.maven;

import java.io.File;
import java.util.List;

/**
 * How to compare, as configured: everything {@link CheckFactory} passes to checker-core besides the two inputs.
 * Null files mean "not configured".
 */
record CheckOptions(List<File> catalogs, File operations, File policy, String rootMode, File corpus,
        boolean allowNetwork, boolean documentation) {

    CheckOptions {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    }
}
