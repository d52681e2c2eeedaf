package dev.xsdcompat.report.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import dev.xsdcompat.rules.Severity;

/**
 * The words the model computes (severity names, verdicts) in one language, from
 * {@code dev/xsdcompat/report/labels-<language>.properties} (UTF-8). Everything else is in the templates.
 */
public final class Labels {

    /** The languages with labels and a Markdown template set. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");

    private final String language;
    private final Properties words = new Properties();

    private Labels(String language) {
        this.language = language;
        String resource = "/dev/xsdcompat/report/labels-" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown language '" + language + "' (one of "
                        + String.join(", ", LANGUAGES) + ")");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Labels of(String language) {
        return new Labels(language);
    }

    public static Labels english() {
        return new Labels("en");
    }

    public String language() {
        return language;
    }

    public String severity(Severity s) {
        return get("severity." + s.id());
    }

    public Verdict verdict(Severity worst) {
        String css = worst == null ? "none" : worst.id();
        return new Verdict(css, get("verdict." + css));
    }

    public String get(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no label '" + key + "' for " + language);
        }
        return value;
    }
}
