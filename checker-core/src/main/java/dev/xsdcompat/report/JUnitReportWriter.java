package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.rules.Severity;

/**
 * JUnit XML for CI servers: one test case per change at or above a threshold (default: warning), named by rule
 * (class name) and path; a breaking change is a {@code <failure>} unless a policy accepted it, the others pass with their details as
 * {@code <system-out>}. Worst first, then by path. With nothing to list, one passing case says so (servers complain about empty suites).
 */
public final class JUnitReportWriter implements ReportWriter {

    private final Severity threshold;

    public JUnitReportWriter() {
        this(Severity.WARNING);
    }

    public JUnitReportWriter(Severity threshold) {
        this.threshold = threshold;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        List<Finding> listed = result.findings().stream().filter(f -> f.overall().atLeast(threshold))
                .sorted(java.util.Comparator.comparing(Finding::overall)).toList();
        long failures = listed.stream().filter(JUnitReportWriter::fails).count();
        int tests = Math.max(1, listed.size());
        String suite = "xsd-compat " + result.oldSide().label() + " -> " + result.newSide().label();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "xsd-compat");
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", clean(suite));
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            x.writeCharacters("\n    ");
            x.writeStartElement("properties");
            property(x, "old", result.oldSide().label());
            property(x, "new", result.newSide().label());
            property(x, "threshold", threshold.id());
            x.writeCharacters("\n    ");
            x.writeEndElement();
            if (listed.isEmpty()) {
                x.writeCharacters("\n    ");
                x.writeEmptyElement("testcase");
                x.writeAttribute("classname", "xsd-compat");
                x.writeAttribute("name", "no change at or above " + threshold.id());
            }
            for (Finding f : listed) {
                testcase(x, f);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static void testcase(XMLStreamWriter x, Finding f) throws XMLStreamException {
        Change c = f.change();
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", c.rule().id());
        x.writeAttribute("name", clean(c.path() + (c.subject() == null ? "" : " [" + c.subject() + "]")));
        String where = c.newLocation().toString().isEmpty() ? c.oldLocation().toString() : c.newLocation().toString();
        if (!where.isEmpty()) {
            x.writeAttribute("file", c.newLocation().toString().isEmpty() ? c.oldLocation().file()
                    : c.newLocation().file());
        }
        String details = details(f, where);
        x.writeCharacters("\n      ");
        if (fails(f)) {
            x.writeStartElement("failure");
            x.writeAttribute("type", c.rule().id());
            x.writeAttribute("message", clean("breaking (request " + f.request().id() + ", response "
                    + f.response().id() + "): " + c.rule().description()));
        } else {
            x.writeStartElement("system-out");
        }
        x.writeCharacters(clean(details));
        x.writeEndElement();
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** Breaking and not accepted by a policy. */
    private static boolean fails(Finding f) {
        return f.overall() == Severity.BREAKING && !f.accepted();
    }

    private static String details(Finding f, String where) {
        Change c = f.change();
        StringBuilder s = new StringBuilder();
        s.append(f.overall().id().toUpperCase(Locale.ROOT)).append(' ').append(c.rule().id()).append(": ")
                .append(c.rule().description()).append('\n');
        s.append("path: ").append(c.path()).append('\n');
        if (c.subject() != null) {
            s.append("subject: ").append(c.subject()).append('\n');
        }
        s.append("old -> new: ").append(c.oldValue() == null ? "-" : c.oldValue()).append(" -> ")
                .append(c.newValue() == null ? "-" : c.newValue()).append('\n');
        s.append("request: ").append(f.request().id()).append(", response: ").append(f.response().id()).append('\n');
        if (!where.isEmpty()) {
            s.append("at: ").append(where).append('\n');
        }
        if (!f.affectedApis().isEmpty()) {
            s.append("APIs: ").append(String.join(", ", f.affectedApis())).append('\n');
        }
        if (f.accepted()) {
            s.append("accepted: ").append(f.acceptedReason()).append('\n');
        }
        s.append("fingerprint: ").append(c.fingerprint());
        return s.toString();
    }

    /** Drops characters XML 1.0 cannot carry. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(b::appendCodePoint);
        return b.toString();
    }
}
