package dev.xsdcompat.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads every document reachable from the entry files exactly once, following imports, includes, redefines and
 * overrides (cycles included), and lists them dependencies first so XmlSchema finds each import already read.
 */
final class DocumentGraph {

    private final InputTree tree;
    private final ReferenceResolver resolver;
    private final DocumentReader reader = new DocumentReader();
    private final Map<String, SchemaDocument> bySystemId = new HashMap<>();
    private final Map<String, Path> pathBySystemId = new HashMap<>();
    private final List<SchemaDocument> postOrder = new ArrayList<>();
    private final List<LoadWarning> warnings = new ArrayList<>();
    private int missing;

    DocumentGraph(InputTree tree, ReferenceResolver resolver) {
        this.tree = tree;
        this.resolver = resolver;
    }

    void visitEntries() {
        for (Path entry : tree.entries()) {
            visit(entry);
        }
    }

    private void visit(Path file) {
        String systemId = systemId(file);
        if (bySystemId.containsKey(systemId)) {
            return;
        }
        SchemaDocument doc = reader.read(file, systemId, tree.display(file));
        register(doc, file);
        followReferences(doc, file);
        postOrder.add(doc);
    }

    private void visitRemote(URI uri) {
        String systemId = uri.toString();
        if (bySystemId.containsKey(systemId)) {
            return;
        }
        SchemaDocument doc = reader.fetch(uri);
        register(doc, null);
        followReferences(doc, null);
        postOrder.add(doc);
    }

    private void register(SchemaDocument doc, Path file) {
        bySystemId.put(doc.systemId(), doc);
        if (file != null) {
            pathBySystemId.put(doc.systemId(), file);
        }
    }

    private void followReferences(SchemaDocument doc, Path file) {
        for (Node n = doc.root().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element ref && isReference(ref)) {
                String namespace = ref.hasAttribute("namespace") ? ref.getAttribute("namespace") : null;
                String location = ref.getAttribute("schemaLocation");
                ReferenceResolver.Target target = resolver.resolve(namespace, location, file);
                if (target instanceof ReferenceResolver.Local local) {
                    visit(local.path());
                } else if (target instanceof ReferenceResolver.Remote remote) {
                    visitRemote(remote.uri());
                } else if (target instanceof ReferenceResolver.Missing m && !isBareImport(ref, location)) {
                    missing++;
                    warnings.add(new LoadWarning(LoadWarning.Kind.MISSING_REFERENCE,
                            doc.display() + ":" + doc.lineOf(ref),
                            "xs:" + ref.getLocalName() + " of " + describe(namespace, location) + " in "
                                    + doc.display() + " cannot be resolved: " + m.reason()
                                    + "; the rest of the set is still compared"));
                }
            }
        }
    }

    /** An import without schemaLocation only declares a namespace; it is missing only if something needs it. */
    private static boolean isBareImport(Element ref, String location) {
        return "import".equals(ref.getLocalName()) && (location == null || location.isBlank());
    }

    private static String describe(String namespace, String location) {
        String loc = location == null || location.isBlank() ? "(no schemaLocation)" : location;
        return namespace == null ? loc : loc + " (namespace " + namespace + ")";
    }

    static boolean isReference(Element e) {
        return SchemaDocument.isSchemaElement(e, "import") || SchemaDocument.isSchemaElement(e, "include")
                || SchemaDocument.isSchemaElement(e, "redefine") || SchemaDocument.isSchemaElement(e, "override");
    }

    static String systemId(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    List<SchemaDocument> documentsDependenciesFirst() {
        return List.copyOf(postOrder);
    }

    Path pathOf(String systemId) {
        return pathBySystemId.get(systemId);
    }

    SchemaDocument document(String systemId) {
        return bySystemId.get(systemId);
    }

    ReferenceResolver resolver() {
        return resolver;
    }

    List<LoadWarning> warnings() {
        return List.copyOf(warnings);
    }

    boolean anyMissing() {
        return missing > 0;
    }
}
