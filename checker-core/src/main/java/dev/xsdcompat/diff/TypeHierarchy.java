package dev.xsdcompat.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;

import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.Names;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.model.SchemaModel;

/**
 * Whether one type restricts another: the XSD built-in hierarchy, then the bases the models declare. Only
 * restriction steps count: a type that extends its base accepts different documents, not fewer.
 */
final class TypeHierarchy {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Map<String, String> BUILTIN_BASE = builtins();

    private final SchemaModel[] models;

    TypeHierarchy(SchemaModel... models) {
        this.models = models;
    }

    /** True when {@code type} is {@code ancestor} or restricts it, directly or not. */
    boolean derivesFrom(String type, String ancestor) {
        String t = type;
        for (int steps = 0; t != null && steps < 64; steps++) {
            if (t.equals(ancestor)) {
                return true;
            }
            t = base(t);
        }
        return false;
    }

    private String base(String type) {
        String builtin = BUILTIN_BASE.get(type);
        if (builtin != null) {
            return builtin;
        }
        for (SchemaModel m : models) {
            Optional<Component> c = m.find(new ComponentKey(ComponentKind.Space.TYPE, type));
            if (c.isPresent()) {
                String method = c.get().get(Property.DERIVATION);
                boolean restriction = method == null || method.equals("restriction")
                        || method.equals("simple-restriction");
                return restriction ? c.get().get(Property.BASE) : null;
            }
        }
        return null;
    }

    private static Map<String, String> builtins() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {
            {"anySimpleType", "anyType"}, {"string", "anySimpleType"}, {"normalizedString", "string"},
            {"token", "normalizedString"}, {"language", "token"}, {"Name", "token"}, {"NCName", "Name"},
            {"ID", "NCName"}, {"IDREF", "NCName"}, {"ENTITY", "NCName"}, {"NMTOKEN", "token"},
            {"decimal", "anySimpleType"}, {"integer", "decimal"}, {"nonPositiveInteger", "integer"},
            {"negativeInteger", "nonPositiveInteger"}, {"long", "integer"}, {"int", "long"}, {"short", "int"},
            {"byte", "short"}, {"nonNegativeInteger", "integer"}, {"unsignedLong", "nonNegativeInteger"},
            {"unsignedInt", "unsignedLong"}, {"unsignedShort", "unsignedInt"}, {"unsignedByte", "unsignedShort"},
            {"positiveInteger", "nonNegativeInteger"}, {"boolean", "anySimpleType"}, {"float", "anySimpleType"},
            {"double", "anySimpleType"}, {"duration", "anySimpleType"}, {"dateTime", "anySimpleType"},
            {"time", "anySimpleType"}, {"date", "anySimpleType"}, {"gYearMonth", "anySimpleType"},
            {"gYear", "anySimpleType"}, {"gMonthDay", "anySimpleType"}, {"gDay", "anySimpleType"},
            {"gMonth", "anySimpleType"}, {"hexBinary", "anySimpleType"}, {"base64Binary", "anySimpleType"},
            {"anyURI", "anySimpleType"}, {"QName", "anySimpleType"}, {"NOTATION", "anySimpleType"},
            {"IDREFS", "anySimpleType"}, {"ENTITIES", "anySimpleType"}, {"NMTOKENS", "anySimpleType"},
        };
        for (String[] p : pairs) {
            m.put(Names.clark(XS, p[0]), Names.clark(XS, p[1]));
        }
        return Map.copyOf(m);
    }
}
