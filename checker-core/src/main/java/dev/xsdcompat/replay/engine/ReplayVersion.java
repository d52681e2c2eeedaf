package dev.xsdcompat.replay.engine;

import dev.xsdcompat.model.ElementPaths;
import dev.xsdcompat.replay.envelope.EnvelopeAdapter;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * One version, ready to replay against: its schema compiled once ({@link Schema} is thread-safe; each worker
 * thread makes its own validator from it), the envelope adapter for its release, and its model's paths.
 *
 * @param label how reports name the version (the folder name, e.g. {@code 40.6.0})
 * @param schema the compiled schema set
 * @param adapter finds payloads and their types
 * @param paths the version's model, to tie message nodes to component paths
 */
public record ReplayVersion(String label, Schema schema, EnvelopeAdapter adapter, ElementPaths paths) {

    public ReplayVersion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(paths, "paths");
    }
}
