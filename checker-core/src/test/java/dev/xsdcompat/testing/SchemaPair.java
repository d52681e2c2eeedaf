package dev.xsdcompat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.Finding;

/**
 * Tiny schema pairs for focused tests: write the body of an old and a new schema (target namespace
 * {@code urn:t}, prefix {@code t:}, elementFormDefault qualified), or whole files, and compare them.
 */
public final class SchemaPair {

    public static final String NS = "urn:t";

    private SchemaPair() {
    }

    /** Wraps declarations in a schema element with {@code xs:} and {@code t:} bound. */
    public static String schema(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t"
                           elementFormDefault="qualified">
                %s
                </xs:schema>
                """.formatted(body);
    }

    /** Compares two single-file schemas given by their bodies. */
    public static CheckResult compareBodies(Path dir, String oldBody, String newBody) {
        return compareFiles(dir, Map.of("s.xsd", schema(oldBody)), Map.of("s.xsd", schema(newBody)));
    }

    /** Compares two folders of files (name to content), each loaded as a folder. */
    public static CheckResult compareFiles(Path dir, Map<String, String> oldFiles, Map<String, String> newFiles) {
        Path oldDir = write(dir.resolve("old"), oldFiles);
        Path newDir = write(dir.resolve("new"), newFiles);
        return CompatibilityCheck.builder().build().compare(oldDir, newDir);
    }

    /** Loads and models one single-file schema written into {@code dir}. */
    public static dev.xsdcompat.model.SchemaModel model(Path dir, String schemaText) {
        write(dir, Map.of("s.xsd", schemaText));
        return CompatibilityCheck.builder().build().model(List.of(dir));
    }

    public static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rule-id path} per finding, sorted, for readable assertions. */
    public static List<String> ruleAndPath(CheckResult result) {
        return result.findings().stream().map(SchemaPair::ruleAndPath).toList();
    }

    public static String ruleAndPath(Finding f) {
        String path = f.change().path().replace("{" + NS + "}", "t:");
        return f.change().rule().id() + " " + path + (f.change().subject() == null ? "" : " [" + f.change().subject() + "]");
    }
}
