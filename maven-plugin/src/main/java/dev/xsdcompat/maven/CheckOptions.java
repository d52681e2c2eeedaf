package dev.xsdcompat.maven;

import java.io.File;
import java.util.List;

/**
 * How to compare, as configured: everything {@link CheckFactory} passes to checker-core besides the two inputs
 * and their version labels. Null means "not configured".
 */
record CheckOptions(List<File> catalogs, File operations, String requestPattern, String responsePattern,
        File policy, String rootMode, String clients, File corpus, boolean allowNetwork, boolean documentation) {

    CheckOptions {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    }

    /** Options with no APIs by naming convention (the usual case). */
    CheckOptions(List<File> catalogs, File operations, File policy, String rootMode, String clients, File corpus,
            boolean allowNetwork, boolean documentation) {
        this(catalogs, operations, null, null, policy, rootMode, clients, corpus, allowNetwork, documentation);
    }
}
