package dev.xsdcompat.maven;

import java.io.File;
import java.util.List;

/**
 * How to compare, as configured: everything {@link CheckFactory} passes to checker-core besides the two inputs
 * and their version labels. Null means "not configured".
 *
 * @param corpusAdapter how replay finds a message's payload: plain, webex, xpath or auto (null: auto)
 * @param corpusPayload the xpath adapter's XPath 3.1 selecting each message's payload elements
 * @param corpusIgnores paths to ignore when comparing recorded responses
 * @param derivedTypes whether types derived from a reachable type are reachable (xsi:type)
 */
record CheckOptions(List<File> catalogs, File operations, String requestPattern, String responsePattern,
        File policy, String rootMode, String clients, File corpus, String corpusAdapter, String corpusPayload,
        List<String> corpusIgnores, boolean allowNetwork, boolean documentation, boolean derivedTypes) {

    CheckOptions {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
        corpusIgnores = corpusIgnores == null ? List.of() : List.copyOf(corpusIgnores);
    }

    /** Options with no naming conventions and default replay settings (the usual case). */
    CheckOptions(List<File> catalogs, File operations, File policy, String rootMode, String clients, File corpus,
            boolean allowNetwork, boolean documentation) {
        this(catalogs, operations, null, null, policy, rootMode, clients, corpus, null, null, null, allowNetwork,
                documentation, false);
    }
}
