package dev.xsdcompat.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.xsdcompat.load.SchemaDocument;

/**
 * Where each declaration sits: walks the loader's line-stamped DOM with the same path rules as the model.
 * XmlSchema's objects carry no line numbers, so this is how a change points at file:line.
 */
final class LocationIndex {

    private record Key(String systemId, ComponentKind.Space space, String path) {
    }

    private final Map<Key, SourceLocation> bySystemIdAndKey = new HashMap<>();

    LocationIndex(List<SchemaDocument> documents) {
        for (SchemaDocument doc : documents) {
            for (Element global : children(doc.root())) {
                indexGlobal(doc, global);
            }
        }
    }

    SourceLocation find(String systemId, ComponentKind.Space space, String path) {
        return bySystemIdAndKey.getOrDefault(new Key(systemId, space, path), SourceLocation.UNKNOWN);
    }

    private void indexGlobal(SchemaDocument doc, Element e) {
        ComponentKind.Space space = switch (e.getLocalName()) {
            case "element" -> ComponentKind.Space.ELEMENT;
            case "attribute" -> ComponentKind.Space.ATTRIBUTE;
            case "complexType", "simpleType" -> ComponentKind.Space.TYPE;
            case "group" -> ComponentKind.Space.GROUP;
            case "attributeGroup" -> ComponentKind.Space.ATTRIBUTE_GROUP;
            default -> null;
        };
        if (space == null || !e.hasAttribute("name")) {
            return;
        }
        String path = Names.clark(doc.targetNamespace(), e.getAttribute("name"));
        record(doc, space, path, e);
        if (space == ComponentKind.Space.ELEMENT || space == ComponentKind.Space.ATTRIBUTE) {
            record(doc, ComponentKind.Space.TYPE, path, e);
        }
        walk(doc, e, new PathScope(path, doc.targetNamespace()));
    }

    private void walk(SchemaDocument doc, Element parent, PathScope scope) {
        for (Element c : children(parent)) {
            switch (c.getLocalName()) {
                case "element" -> {
                    String path = c.hasAttribute("ref") ? refPath(c, scope, false) : scope.element("", c.getAttribute("name"));
                    record(doc, ComponentKind.Space.ELEMENT, path, c);
                    record(doc, ComponentKind.Space.TYPE, path, c);
                    walk(doc, c, scope.nested(path));
                }
                case "attribute" -> {
                    String path = c.hasAttribute("ref") ? refPath(c, scope, true) : scope.attribute("", c.getAttribute("name"));
                    record(doc, ComponentKind.Space.ATTRIBUTE, path, c);
                    record(doc, ComponentKind.Space.TYPE, path, c);
                }
                case "any" -> record(doc, ComponentKind.Space.WILDCARD, scope.wildcard(), c);
                case "anyAttribute" -> record(doc, ComponentKind.Space.WILDCARD, scope.attributeWildcard(), c);
                case "annotation" -> { }
                default -> walk(doc, c, scope);
            }
        }
    }

    private static String refPath(Element c, PathScope scope, boolean attribute) {
        String ref = c.getAttribute("ref").trim();
        int colon = ref.indexOf(':');
        String prefix = colon < 0 ? null : ref.substring(0, colon);
        String local = colon < 0 ? ref : ref.substring(colon + 1);
        String ns = "xml".equals(prefix) ? XMLConstants.XML_NS_URI : c.lookupNamespaceURI(prefix);
        return attribute ? scope.attribute(ns, local) : scope.element(ns, local);
    }

    private void record(SchemaDocument doc, ComponentKind.Space space, String path, Element e) {
        bySystemIdAndKey.putIfAbsent(new Key(doc.systemId(), space, path),
                new SourceLocation(doc.display(), doc.lineOf(e)));
    }

    private static List<Element> children(Element parent) {
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }
}
