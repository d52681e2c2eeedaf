package dev.xsdcompat.maven;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoFailureException;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.classify.RootMode;
import dev.xsdcompat.config.ConfigException;
import dev.xsdcompat.replay.ReplaySettings;

/**
 * Builds checker-core's {@link CompatibilityCheck} from the plugin's options. This is the one place where plugin
 * parameters meet checker-core's builder.
 */
final class CheckFactory {

    private CheckFactory() {
    }

    /**
     * @param oldVersion the baseline's version label for the versioning check, or null for its input's name
     * @param newVersion the new version's label (the project's version), or null for its input's name
     */
    static CompatibilityCheck create(CheckOptions options, String oldVersion, String newVersion)
            throws MojoFailureException {
        CompatibilityCheck.Builder builder = CompatibilityCheck.builder()
                .catalogs(options.catalogs().stream().map(File::toPath).toList())
                .allowNetwork(options.allowNetwork())
                .documentation(options.documentation())
                .versions(oldVersion, newVersion);
        if (options.operations() != null) {
            builder.operations(options.operations().toPath());
        }
        if ((options.requestPattern() == null) != (options.responsePattern() == null)) {
            throw BadParameter.of(options.requestPattern() == null ? "requestPattern" : "responsePattern",
                    "requestPattern and responsePattern go together");
        }
        if (options.requestPattern() != null) {
            builder.conventions(pattern("requestPattern", options.requestPattern()),
                    pattern("responsePattern", options.responsePattern()));
        }
        builder.derivedTypes(options.derivedTypes());
        if (options.rootMode() != null) {
            builder.rootMode(parse(RootMode.class, "rootMode", options.rootMode()));
        }
        if (options.clients() != null) {
            builder.clients("warn".equalsIgnoreCase(options.clients().trim()) ? ClientMode.DEFAULT
                    : parse(ClientMode.class, "clients", options.clients()));
        }
        if (options.policy() != null) {
            builder.policy(options.policy().toPath());
        }
        if (options.corpus() != null) {
            builder.replay(replay(options));
        }
        try {
            return builder.build();
        } catch (ConfigException e) {
            throw new MojoFailureException("xsd-compat: parameter 'policy': " + e.getMessage(), e);
        }
    }

    private static ReplaySettings replay(CheckOptions options) throws MojoFailureException {
        try {
            ReplaySettings.Adapter adapter = ReplaySettings.Adapter.parse(
                    options.corpusAdapter() == null ? "auto" : options.corpusAdapter());
            ReplaySettings settings = ReplaySettings.of(options.corpus().toPath())
                    .withOperations(options.operations() == null ? null : options.operations().toPath())
                    .withIgnoredPaths(options.corpusIgnores());
            if (options.corpusPayload() != null) {
                if (adapter != ReplaySettings.Adapter.AUTO && adapter != ReplaySettings.Adapter.XPATH) {
                    throw new IllegalArgumentException("corpusPayload is for the xpath adapter, not " + adapter.id());
                }
                return settings.withPayload(options.corpusPayload());
            }
            if (adapter == ReplaySettings.Adapter.XPATH) {
                throw new IllegalArgumentException("the xpath adapter needs the parameter corpusPayload");
            }
            return settings.withAdapter(adapter);
        } catch (IllegalArgumentException e) {
            throw BadParameter.of("corpusAdapter", e.getMessage());
        }
    }

    private static Pattern pattern(String parameter, String regex) throws MojoFailureException {
        try {
            return Pattern.compile(regex.trim());
        } catch (PatternSyntaxException e) {
            throw BadParameter.of(parameter, "'" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value)
            throws MojoFailureException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        String known = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .map(id -> "default".equals(id) ? "warn" : id)
                .collect(Collectors.joining(", "));
        throw BadParameter.of(parameter, "'" + value + "' is not one of " + known);
    }
}
