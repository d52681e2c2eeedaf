package dev.xsdcompat.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.apache.ws.commons.schema.XmlSchema;
import org.apache.ws.commons.schema.XmlSchemaAttribute;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroup;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaGroup;
import org.apache.ws.commons.schema.XmlSchemaObject;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;

import dev.xsdcompat.load.LoadWarning;
import dev.xsdcompat.load.SchemaDocument;
import dev.xsdcompat.load.SchemaSet;

/** Turns a loaded {@link SchemaSet} into a {@link SchemaModel}. */
public final class ModelBuilder {

    private final boolean documentation;

    /** @param documentation whether annotation text becomes a property (and so can show up as a change) */
    public ModelBuilder(boolean documentation) {
        this.documentation = documentation;
    }

    public SchemaModel build(SchemaSet set) {
        Map<String, SchemaDocument> bySystemId = new HashMap<>();
        set.documents().forEach(d -> bySystemId.put(d.systemId(), d));
        LocationIndex locations = new LocationIndex(set.documents());
        ComponentCollector collector = new ComponentCollector();

        // Documents in display order, so that which of two conflicting definitions wins never depends on disk order.
        List<XmlSchema> schemas = new ArrayList<>();
        for (XmlSchema s : set.collection().getXmlSchemas()) {
            if (s.getSourceURI() != null && bySystemId.containsKey(s.getSourceURI())) {
                schemas.add(s);
            }
        }
        schemas.sort(Comparator.comparing(s -> bySystemId.get(s.getSourceURI()).display()));
        for (XmlSchema schema : schemas) {
            String ns = schema.getTargetNamespace() == null ? "" : schema.getTargetNamespace();
            if (XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(ns) && schema.getItems().isEmpty()) {
                continue;
            }
            DocContext ctx = new DocContext(schema.getSourceURI(), ns, locations, collector, documentation);
            ContentModeler content = new ContentModeler(ctx);
            for (XmlSchemaObject item : schema.getItems()) {
                if (item instanceof XmlSchemaElement e) {
                    content.globalElement(e);
                } else if (item instanceof XmlSchemaComplexType ct) {
                    content.complexType(ct, Names.clark(ct.getQName()), true);
                } else if (item instanceof XmlSchemaSimpleType st) {
                    SimpleTypeModeler.model(st, Names.clark(st.getQName()), true, ctx);
                } else if (item instanceof XmlSchemaGroup g) {
                    content.group(g);
                } else if (item instanceof XmlSchemaAttributeGroup ag) {
                    content.attributeGroup(ag);
                } else if (item instanceof XmlSchemaAttribute a) {
                    content.globalAttribute(a);
                }
            }
        }
        List<LoadWarning> warnings = new ArrayList<>(set.warnings());
        warnings.addAll(collector.warnings());
        List<String> documents = set.documents().stream().map(SchemaDocument::display).sorted().toList();
        return new SchemaModel(set.label(), new java.util.TreeMap<>(collector.components()), documents, warnings);
    }
}
