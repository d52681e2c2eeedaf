package dev.xsdcompat.maven;

import java.io.File;

import org.apache.maven.plugin.logging.Log;

import dev.xsdcompat.check.CompatibilityCheck;

/**
 * Builds checker-core's {@link CompatibilityCheck} from the plugin's options. This is the one place where plugin
 * parameters meet checker-core's builder.
 */
final class CheckFactory {

    private CheckFactory() {
    }

    static CompatibilityCheck create(CheckOptions options, Log log) {
        CompatibilityCheck.Builder builder = CompatibilityCheck.builder()
                .catalogs(options.catalogs().stream().map(File::toPath).toList())
                .allowNetwork(options.allowNetwork())
                .documentation(options.documentation());
        // Not in checker-core yet (issue 4 brings builder.operations(Path), .policy(Path), .rootMode(...); issue 5
        // brings replay): until then these parameters are checked for existence and reported as unused.
        notYetUsed(log, "operations", options.operations(), "operations-aware verdicts (issue 4)");
        notYetUsed(log, "policy", options.policy(), "the policy file (issue 4)");
        notYetUsed(log, "rootMode", options.rootMode(), "root modes (issue 4)");
        notYetUsed(log, "corpus", options.corpus(), "replay of a corpus (issue 5)");
        return builder.build();
    }

    private static void notYetUsed(Log log, String parameter, Object value, String feature) {
        if (value != null) {
            log.warn("xsd-compat: parameter '" + parameter + "' is ignored: this checker-core has no " + feature
                    + " yet");
        }
    }
}
