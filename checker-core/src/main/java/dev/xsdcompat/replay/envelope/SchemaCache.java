package dev.xsdcompat.replay.envelope;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.validation.Schema;

/**
 * Compiles each schema folder once and hands out the compiled {@link Schema} (thread-safe) and its
 * {@link ContentIndex}. Safe for concurrent use.
 */
public final class SchemaCache {

    private final ConcurrentMap<Path, Schema> schemas = new ConcurrentHashMap<>();
    private final ConcurrentMap<Path, ContentIndex> indexes = new ConcurrentHashMap<>();

    /** The compiled schema set of {@code folder}, compiled on first use. */
    public Schema schema(Path folder) {
        return schemas.computeIfAbsent(key(folder), SchemaCompiler::compile);
    }

    /** The content index of {@code folder}, built on first use. */
    public ContentIndex contentIndex(Path folder) {
        return indexes.computeIfAbsent(key(folder), ContentIndex::of);
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
