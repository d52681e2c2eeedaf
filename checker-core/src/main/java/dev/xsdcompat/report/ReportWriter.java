package dev.xsdcompat.report;

import java.io.IOException;
import java.io.Writer;

import dev.xsdcompat.check.CheckResult;

/** Renders a check result in one format. Implementations are stateless and deterministic. */
@FunctionalInterface
public interface ReportWriter {

    void write(CheckResult result, Writer out) throws IOException;
}
