package dev.xsdcompat.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;

/**
 * The Mustache templates under {@code dev/xsdcompat/report/} (classpath): {@code html/} escapes every value for
 * HTML, {@code markdown/<language>/} writes values as they are (the model holds plain text). Compiled templates are
 * cached by the factories; rendering is thread-safe.
 */
final class Templates {

    private static final String ROOT = "dev/xsdcompat/report";

    private static final MustacheFactory HTML = new DefaultMustacheFactory(ROOT);

    private static final MustacheFactory PLAIN = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("cannot write", e);
            }
        }
    };

    private Templates() {
    }

    static void html(String template, Object scope, Writer out) throws IOException {
        render(HTML, template, scope, out);
    }

    static void plain(String template, Object scope, Writer out) throws IOException {
        render(PLAIN, template, scope, out);
    }

    private static void render(MustacheFactory factory, String template, Object scope, Writer out)
            throws IOException {
        try {
            factory.compile(template).execute(out, scope).flush();
        } catch (MustacheException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }
}
