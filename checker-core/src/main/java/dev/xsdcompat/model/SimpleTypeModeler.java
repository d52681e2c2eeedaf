package dev.xsdcompat.model;

import java.util.List;

import org.apache.ws.commons.schema.XmlSchemaDerivationMethod;
import org.apache.ws.commons.schema.XmlSchemaEnumerationFacet;
import org.apache.ws.commons.schema.XmlSchemaFacet;
import org.apache.ws.commons.schema.XmlSchemaFractionDigitsFacet;
import org.apache.ws.commons.schema.XmlSchemaLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxExclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxInclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMinExclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMinInclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMinLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaPatternFacet;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeContent;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeList;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeUnion;
import org.apache.ws.commons.schema.XmlSchemaTotalDigitsFacet;
import org.apache.ws.commons.schema.XmlSchemaWhiteSpaceFacet;

/** Simple types: variety, base, facets. Nested anonymous types get paths below their owner ({@code #item}, ...). */
final class SimpleTypeModeler {

    private SimpleTypeModeler() {
    }

    static void model(XmlSchemaSimpleType type, String path, boolean global, DocContext ctx) {
        String name = global ? type.getName() : Names.lastSegment(path);
        ComponentDraft draft = new ComponentDraft(ComponentKind.SIMPLE_TYPE, path, ctx.namespace(), name, global);
        draft.set(Property.FINAL, derivation(type.getFinal()));
        if (ctx.documentation()) {
            draft.set(Property.DOCUMENTATION, Annotations.documentation(type));
        }
        content(type.getContent(), draft, ctx);
        ctx.add(draft, ComponentKind.Space.TYPE);
    }

    private static void content(XmlSchemaSimpleTypeContent content, ComponentDraft draft, DocContext ctx) {
        if (content instanceof XmlSchemaSimpleTypeRestriction r) {
            draft.set(Property.BASE, typeRef(r.getBaseTypeName(), r.getBaseType(), draft.path() + "/#base", ctx));
            facets(r.getFacets(), draft);
        } else if (content instanceof XmlSchemaSimpleTypeList l) {
            draft.set(Property.VARIETY, "list");
            draft.set(Property.ITEM_TYPE, typeRef(l.getItemTypeName(), l.getItemType(), draft.path() + "/#item", ctx));
        } else if (content instanceof XmlSchemaSimpleTypeUnion u) {
            draft.set(Property.VARIETY, "union");
            if (u.getMemberTypesQNames() != null) {
                for (javax.xml.namespace.QName member : u.getMemberTypesQNames()) {
                    draft.add(ListProperty.MEMBER_TYPES, Names.clark(member));
                }
            }
            List<XmlSchemaSimpleType> inline = u.getBaseTypes();
            for (int i = 0; inline != null && i < inline.size(); i++) {
                String memberPath = draft.path() + "/#member" + (i + 1);
                model(inline.get(i), memberPath, false, ctx);
                draft.add(ListProperty.MEMBER_TYPES, memberPath);
            }
        }
    }

    private static String typeRef(javax.xml.namespace.QName name, XmlSchemaSimpleType inline, String inlinePath,
            DocContext ctx) {
        if (name != null) {
            return Names.clark(name);
        }
        if (inline != null) {
            model(inline, inlinePath, false, ctx);
            return Names.ANONYMOUS;
        }
        return null;
    }

    /** Facets of one restriction step, in the facet's canonical value space where one is obvious (numbers). */
    static void facets(List<XmlSchemaFacet> facets, ComponentDraft draft) {
        for (XmlSchemaFacet f : facets) {
            String v = f.getValue() == null ? "" : f.getValue().toString();
            if (f instanceof XmlSchemaEnumerationFacet) {
                draft.add(ListProperty.ENUMERATION, v);
            } else if (f instanceof XmlSchemaPatternFacet) {
                draft.add(ListProperty.PATTERN, v);
            } else if (f instanceof XmlSchemaLengthFacet) {
                draft.set(Property.LENGTH, number(v));
            } else if (f instanceof XmlSchemaMinLengthFacet) {
                draft.set(Property.MIN_LENGTH, number(v));
            } else if (f instanceof XmlSchemaMaxLengthFacet) {
                draft.set(Property.MAX_LENGTH, number(v));
            } else if (f instanceof XmlSchemaMinInclusiveFacet) {
                draft.set(Property.MIN_INCLUSIVE, number(v));
            } else if (f instanceof XmlSchemaMaxInclusiveFacet) {
                draft.set(Property.MAX_INCLUSIVE, number(v));
            } else if (f instanceof XmlSchemaMinExclusiveFacet) {
                draft.set(Property.MIN_EXCLUSIVE, number(v));
            } else if (f instanceof XmlSchemaMaxExclusiveFacet) {
                draft.set(Property.MAX_EXCLUSIVE, number(v));
            } else if (f instanceof XmlSchemaTotalDigitsFacet) {
                draft.set(Property.TOTAL_DIGITS, number(v));
            } else if (f instanceof XmlSchemaFractionDigitsFacet) {
                draft.set(Property.FRACTION_DIGITS, number(v));
            } else if (f instanceof XmlSchemaWhiteSpaceFacet && !"preserve".equals(v.trim())) {
                // Only types whose whiteSpace is already preserve may say preserve: it never changes anything.
                draft.set(Property.WHITE_SPACE, v.trim());
            }
        }
        draft.sortList(ListProperty.ENUMERATION).sortList(ListProperty.PATTERN);
    }

    private static String number(String v) {
        return Numbers.canonical(v);
    }

    /** A block/final set in a stable spelling, null when empty. */
    static String derivation(XmlSchemaDerivationMethod m) {
        if (m == null || m.isNone() || m.isEmpty()) {
            return null;
        }
        if (m.isAll()) {
            return "#all";
        }
        StringBuilder s = new StringBuilder();
        if (m.isExtension()) {
            s.append("extension ");
        }
        if (m.isList()) {
            s.append("list ");
        }
        if (m.isRestriction()) {
            s.append("restriction ");
        }
        if (m.isSubstitution()) {
            s.append("substitution ");
        }
        if (m.isUnion()) {
            s.append("union ");
        }
        String out = s.toString().trim();
        return out.isEmpty() ? m.toString() : out;
    }
}
