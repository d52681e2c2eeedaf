package dev.xsdcompat.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.ws.commons.schema.XmlSchemaCollection;

/**
 * Loads an XSD set: a folder, one or more entry files, or a jar/zip. Never touches the network unless
 * {@link LoadOptions#allowNetwork()} says so. Throws {@link LoadException} with a user-facing message for input
 * it cannot work with; everything it works around is a {@link LoadWarning} on the result.
 */
public final class SchemaLoader {

    private final LoadOptions options;

    public SchemaLoader(LoadOptions options) {
        this.options = options;
    }

    public SchemaSet load(Path input) {
        return load(List.of(input));
    }

    public SchemaSet load(List<Path> inputs) {
        String label = inputs.stream().map(Path::toString).collect(Collectors.joining(", "));
        try (InputTree tree = InputTree.open(inputs)) {
            List<Path> catalogs = new ArrayList<>(options.catalogs());
            tree.autoCatalog().filter(c -> !catalogs.contains(c)).ifPresent(catalogs::add);
            DocumentGraph graph = new DocumentGraph(tree, new ReferenceResolver(catalogs, options.allowNetwork()));
            graph.visitEntries();
            List<SchemaDocument> documents = graph.documentsDependenciesFirst();
            List<LoadWarning> warnings = new ArrayList<>(graph.warnings());
            warnings.addAll(UnsupportedConstructs.strip(documents));
            warnings.addAll(ReferenceChecker.check(documents, graph.anyMissing()));
            XmlSchemaCollection collection = XmlSchemaFeeder.feed(graph);
            return new SchemaSet(label, documents, warnings, collection);
        } catch (StackOverflowError e) {
            throw new LoadException(label + ": the schema set is nested too deeply to load");
        }
    }
}
