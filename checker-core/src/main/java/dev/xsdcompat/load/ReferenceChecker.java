package dev.xsdcompat.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks that every QName a declaration refers to (type, base, ref, itemType, memberTypes, substitutionGroup)
 * names something the set declares. XmlSchema leaves such a reference silently empty, which would turn into a
 * wrong diff; here it becomes an error naming the reference and where it is. When an import or include is
 * missing, unresolved references are expected and become warnings instead.
 */
final class ReferenceChecker {

    private static final Set<String> BUILTIN_TYPES = Set.of("anyType", "anySimpleType", "anyAtomicType", "string",
            "normalizedString", "token", "language", "Name", "NCName", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES",
            "NMTOKEN", "NMTOKENS", "boolean", "decimal", "integer", "nonPositiveInteger", "negativeInteger", "long",
            "int", "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
            "unsignedByte", "positiveInteger", "float", "double", "duration", "dateTime", "time", "date",
            "gYearMonth", "gYear", "gMonthDay", "gDay", "gMonth", "hexBinary", "base64Binary", "anyURI", "QName",
            "NOTATION", "dateTimeStamp", "dayTimeDuration", "yearMonthDuration");

    private enum Space { TYPE, ELEMENT, ATTRIBUTE, GROUP, ATTRIBUTE_GROUP }

    private record Unresolved(String where, String what) {
    }

    private ReferenceChecker() {
    }

    static List<LoadWarning> check(List<SchemaDocument> documents, boolean somethingMissing) {
        Map<Space, Set<String>> declared = declarations(documents);
        Map<String, Unresolved> unresolved = new LinkedHashMap<>();
        for (SchemaDocument doc : documents) {
            walk(doc, doc.root(), declared, unresolved);
        }
        if (unresolved.isEmpty()) {
            return List.of();
        }
        if (!somethingMissing) {
            StringBuilder message = new StringBuilder();
            unresolved.values().stream().limit(10).forEach(u -> message.append(message.length() == 0 ? "" : "\n")
                    .append(u.where()).append(": ").append(u.what()));
            if (unresolved.size() > 10) {
                message.append("\n(").append(unresolved.size() - 10).append(" more unresolved references)");
            }
            throw new LoadException(message.toString());
        }
        List<LoadWarning> warnings = new ArrayList<>();
        unresolved.values().forEach(u -> warnings.add(new LoadWarning(LoadWarning.Kind.UNRESOLVED_REFERENCE,
                u.where(), u.what() + " (probably declared in a missing document)")));
        return warnings;
    }

    private static Map<Space, Set<String>> declarations(List<SchemaDocument> documents) {
        Map<Space, Set<String>> declared = new LinkedHashMap<>();
        for (Space s : Space.values()) {
            declared.put(s, new HashSet<>());
        }
        Set<String> namespaces = new HashSet<>();
        documents.forEach(d -> namespaces.add(d.targetNamespace()));
        for (SchemaDocument doc : documents) {
            // A document without targetNamespace may be a chameleon include: its names count in every namespace.
            Set<String> nss = doc.targetNamespace().isEmpty() ? namespaces : Set.of(doc.targetNamespace());
            for (Node n = doc.root().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.hasAttribute("name")) {
                    Space space = spaceOfDeclaration(e.getLocalName());
                    if (space != null) {
                        nss.forEach(ns -> declared.get(space).add(clark(ns, e.getAttribute("name"))));
                    }
                }
            }
        }
        return declared;
    }

    private static Space spaceOfDeclaration(String localName) {
        return switch (localName) {
            case "complexType", "simpleType" -> Space.TYPE;
            case "element" -> Space.ELEMENT;
            case "attribute" -> Space.ATTRIBUTE;
            case "group" -> Space.GROUP;
            case "attributeGroup" -> Space.ATTRIBUTE_GROUP;
            default -> null;
        };
    }

    private static void walk(SchemaDocument doc, Element e, Map<Space, Set<String>> declared,
            Map<String, Unresolved> unresolved) {
        if (XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI())) {
            String kind = e.getLocalName();
            checkAttr(doc, e, "type", Space.TYPE, declared, unresolved);
            checkAttr(doc, e, "base", Space.TYPE, declared, unresolved);
            checkAttr(doc, e, "itemType", Space.TYPE, declared, unresolved);
            checkAttr(doc, e, "substitutionGroup", Space.ELEMENT, declared, unresolved);
            checkAttr(doc, e, "memberTypes", Space.TYPE, declared, unresolved);
            Space refSpace = switch (kind) {
                case "element" -> Space.ELEMENT;
                case "attribute" -> Space.ATTRIBUTE;
                case "group" -> Space.GROUP;
                case "attributeGroup" -> Space.ATTRIBUTE_GROUP;
                default -> null;
            };
            if (refSpace != null) {
                checkAttr(doc, e, "ref", refSpace, declared, unresolved);
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(doc, child, declared, unresolved);
            }
        }
    }

    private static void checkAttr(SchemaDocument doc, Element e, String attr, Space space,
            Map<Space, Set<String>> declared, Map<String, Unresolved> unresolved) {
        if (!e.hasAttribute(attr)) {
            return;
        }
        for (String qname : e.getAttribute(attr).trim().split("\\s+")) {
            if (qname.isEmpty()) {
                continue;
            }
            int colon = qname.indexOf(':');
            String prefix = colon < 0 ? null : qname.substring(0, colon);
            String local = colon < 0 ? qname : qname.substring(colon + 1);
            // The xml prefix is bound by definition and never declared, so DOM lookup does not see it.
            String ns = "xml".equals(prefix) ? XMLConstants.XML_NS_URI : e.lookupNamespaceURI(prefix);
            String where = doc.display() + ":" + doc.lineOf(e);
            if (ns == null && prefix != null) {
                unresolved.putIfAbsent(where + qname, new Unresolved(where,
                        "undeclared prefix '" + prefix + "' in " + attr + "=\"" + qname + "\""));
                continue;
            }
            String namespace = ns == null ? "" : ns;
            if (isBuiltin(namespace, local, space) || declared.get(space).contains(clark(namespace, local))) {
                continue;
            }
            unresolved.putIfAbsent(clark(namespace, local) + space, new Unresolved(where,
                    "unresolvable " + describe(space) + " reference " + clark(namespace, local) + " in " + attr
                            + "=\"" + qname + "\" of <" + e.getTagName() + nameOf(e) + ">"));
        }
    }

    private static boolean isBuiltin(String namespace, String local, Space space) {
        if (XMLConstants.XML_NS_URI.equals(namespace) && space == Space.ATTRIBUTE) {
            return false;
        }
        return space == Space.TYPE && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(namespace)
                && BUILTIN_TYPES.contains(local);
    }

    private static String describe(Space space) {
        return switch (space) {
            case TYPE -> "type";
            case ELEMENT -> "element";
            case ATTRIBUTE -> "attribute";
            case GROUP -> "group";
            case ATTRIBUTE_GROUP -> "attribute group";
        };
    }

    private static String nameOf(Element e) {
        return e.hasAttribute("name") ? " name=\"" + e.getAttribute("name") + "\"" : "";
    }

    static String clark(String ns, String local) {
        return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
    }
}
