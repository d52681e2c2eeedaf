package dev.xsdcompat.maven;

import java.util.Locale;

import org.apache.maven.plugin.MojoFailureException;

import dev.xsdcompat.rules.Severity;

/** The {@code failOn} parameter: the least severe finding that fails the build, or never. */
enum FailOn {
    BREAKING(Severity.BREAKING), WARNING(Severity.WARNING), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The severity at or above which a finding fails the build; null for {@link #NEVER}. */
    Severity threshold() {
        return threshold;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FailOn parse(String value) throws MojoFailureException {
        if (value != null) {
            for (FailOn f : values()) {
                if (f.id().equalsIgnoreCase(value.trim())) {
                    return f;
                }
            }
        }
        throw BadParameter.of("failOn", "'" + value + "' is not one of breaking, warning, never");
    }
}
