package dev.xsdcompat.model;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.ws.commons.schema.XmlSchemaAll;
import org.apache.ws.commons.schema.XmlSchemaAny;
import org.apache.ws.commons.schema.XmlSchemaAnyAttribute;
import org.apache.ws.commons.schema.XmlSchemaAttribute;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroup;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroupRef;
import org.apache.ws.commons.schema.XmlSchemaAttributeOrGroupRef;
import org.apache.ws.commons.schema.XmlSchemaChoice;
import org.apache.ws.commons.schema.XmlSchemaComplexContent;
import org.apache.ws.commons.schema.XmlSchemaComplexContentExtension;
import org.apache.ws.commons.schema.XmlSchemaComplexContentRestriction;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaContentProcessing;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaGroup;
import org.apache.ws.commons.schema.XmlSchemaGroupParticle;
import org.apache.ws.commons.schema.XmlSchemaGroupRef;
import org.apache.ws.commons.schema.utils.XmlSchemaObjectBase;
import org.apache.ws.commons.schema.XmlSchemaParticle;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSimpleContent;
import org.apache.ws.commons.schema.XmlSchemaSimpleContentExtension;
import org.apache.ws.commons.schema.XmlSchemaSimpleContentRestriction;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaType;
import org.apache.ws.commons.schema.XmlSchemaUse;

/**
 * Elements, attributes, complex types, model groups, attribute groups and wildcards. Local declarations get
 * paths from a {@link PathScope}; an element's occurrence is the product along the groups around it, and the
 * choices, alls and repeated groups around it are its {@link Property#COMPOSITOR}, so regrouping that accepts the
 * same documents changes nothing.
 */
final class ContentModeler {

    private final DocContext ctx;

    ContentModeler(DocContext ctx) {
        this.ctx = ctx;
    }

    // ---- elements -------------------------------------------------------------------------------------------

    void globalElement(XmlSchemaElement e) {
        String path = Names.clark(e.getQName());
        ComponentDraft draft = new ComponentDraft(ComponentKind.ELEMENT, path, ctx.namespace(), e.getName(), true);
        draft.flag(Property.ABSTRACT, e.isAbstract())
                .set(Property.FINAL, SimpleTypeModeler.derivation(e.getFinalDerivation()))
                .set(Property.SUBSTITUTION_GROUP, Names.clark(e.getSubstitutionGroup()));
        declaration(e, draft);
        ctx.add(draft, ComponentKind.Space.ELEMENT);
    }

    private void localElement(XmlSchemaElement e, PathScope scope, Occurs occurs, String compositor) {
        ComponentDraft draft;
        if (e.isRef()) {
            QName target = e.getRef().getTargetQName();
            String path = scope.element(target.getNamespaceURI(), target.getLocalPart());
            draft = new ComponentDraft(ComponentKind.ELEMENT, path, target.getNamespaceURI(), target.getLocalPart(),
                    false).set(Property.REF, Names.clark(target));
            // A reference always uses the global declaration's name, which is qualified when it has a namespace.
            draft.flag(Property.QUALIFIED, !target.getNamespaceURI().isEmpty());
        } else {
            String path = scope.element("", e.getName());
            QName wire = e.getWireName();
            String ns = wire == null ? "" : wire.getNamespaceURI();
            draft = new ComponentDraft(ComponentKind.ELEMENT, path, ns, e.getName(), false);
            draft.flag(Property.QUALIFIED, !ns.isEmpty());
            declaration(e, draft);
        }
        Occurs own = occurs.times(e.getMinOccurs(), e.getMaxOccurs());
        draft.set(Property.MIN_OCCURS, own.min == 1 ? null : Names.occurs(own.min))
                .set(Property.MAX_OCCURS, own.max == 1 ? null : Names.occurs(own.max))
                .set(Property.COMPOSITOR, compositor);
        ctx.add(draft, ComponentKind.Space.ELEMENT);
    }

    /** What a named or local declaration says about its content: type, nillable, default, fixed, block. */
    private void declaration(XmlSchemaElement e, ComponentDraft draft) {
        draft.flag(Property.NILLABLE, e.isNillable())
                .set(Property.DEFAULT, e.getDefaultValue())
                .set(Property.FIXED, e.getFixedValue())
                .set(Property.BLOCK, SimpleTypeModeler.derivation(e.getBlock()));
        if (ctx.documentation()) {
            draft.set(Property.DOCUMENTATION, Annotations.documentation(e));
        }
        if (e.getSchemaTypeName() != null) {
            draft.set(Property.TYPE, Names.clark(e.getSchemaTypeName()));
        } else if (e.getSchemaType() != null && e.getSchemaType().getName() == null) {
            draft.set(Property.TYPE, Names.ANONYMOUS);
            anonymousType(e.getSchemaType(), draft.path());
        } else if (e.getSubstitutionGroup() == null) {
            // No type at all means xs:anyType: spelling it out is not a change.
            draft.set(Property.TYPE, Names.ANY_TYPE);
        }
    }

    private void anonymousType(XmlSchemaType type, String path) {
        if (type instanceof XmlSchemaComplexType ct) {
            complexType(ct, path, false);
        } else if (type instanceof XmlSchemaSimpleType st) {
            SimpleTypeModeler.model(st, path, false, ctx);
        }
    }

    // ---- complex types --------------------------------------------------------------------------------------

    void complexType(XmlSchemaComplexType type, String path, boolean global) {
        String name = global ? type.getName() : Names.lastSegment(path);
        ComponentDraft draft = new ComponentDraft(ComponentKind.COMPLEX_TYPE, path, ctx.namespace(), name, global);
        draft.flag(Property.ABSTRACT, type.isAbstract())
                .set(Property.BLOCK, SimpleTypeModeler.derivation(type.getBlock()))
                .set(Property.FINAL, SimpleTypeModeler.derivation(type.getFinal()));
        if (ctx.documentation()) {
            draft.set(Property.DOCUMENTATION, Annotations.documentation(type));
        }
        boolean mixed = type.isMixed();
        XmlSchemaParticle particle = type.getParticle();
        List<XmlSchemaAttributeOrGroupRef> attributes = type.getAttributes();
        XmlSchemaAnyAttribute anyAttribute = type.getAnyAttribute();
        if (type.getContentModel() instanceof XmlSchemaComplexContent cc) {
            mixed |= cc.isMixed();
            if (cc.getContent() instanceof XmlSchemaComplexContentExtension x) {
                draft.set(Property.DERIVATION, "extension").set(Property.BASE, Names.clark(x.getBaseTypeName()));
                particle = x.getParticle();
                attributes = x.getAttributes();
                anyAttribute = x.getAnyAttribute();
            } else if (cc.getContent() instanceof XmlSchemaComplexContentRestriction r) {
                draft.set(Property.DERIVATION, "restriction").set(Property.BASE, Names.clark(r.getBaseTypeName()));
                particle = r.getParticle();
                attributes = r.getAttributes();
                anyAttribute = r.getAnyAttribute();
            }
        } else if (type.getContentModel() instanceof XmlSchemaSimpleContent sc) {
            if (sc.getContent() instanceof XmlSchemaSimpleContentExtension x) {
                draft.set(Property.DERIVATION, "simple-extension").set(Property.BASE, Names.clark(x.getBaseTypeName()));
                attributes = x.getAttributes();
                anyAttribute = x.getAnyAttribute();
            } else if (sc.getContent() instanceof XmlSchemaSimpleContentRestriction r) {
                draft.set(Property.DERIVATION, "simple-restriction").set(Property.BASE, Names.clark(r.getBaseTypeName()));
                SimpleTypeModeler.facets(r.getFacets(), draft);
                attributes = r.getAttributes();
                anyAttribute = r.getAnyAttribute();
            }
        }
        draft.flag(Property.MIXED, mixed);
        PathScope scope = new PathScope(path, ctx.namespace());
        if (particle != null) {
            particle(particle, scope, Occurs.ONE, "", draft);
        }
        attributes(attributes, anyAttribute, scope, draft);
        ctx.add(draft, ComponentKind.Space.TYPE);
    }

    // ---- model groups ---------------------------------------------------------------------------------------

    void group(XmlSchemaGroup group) {
        String path = Names.clark(group.getQName());
        ComponentDraft draft = new ComponentDraft(ComponentKind.GROUP, path, ctx.namespace(), group.getName(), true);
        if (ctx.documentation()) {
            draft.set(Property.DOCUMENTATION, Annotations.documentation(group));
        }
        XmlSchemaGroupParticle particle = group.getParticle();
        if (particle != null) {
            draft.set(Property.COMPOSITOR, compositorName(particle));
            particle(particle, new PathScope(path, ctx.namespace()), Occurs.ONE, "", draft);
        }
        ctx.add(draft, ComponentKind.Space.GROUP);
    }

    /**
     * Walks a particle. {@code compositor} is the chain of significant groups around it: a choice of several
     * branches, an all, or a group that repeats; a plain once-only sequence adds nothing.
     */
    private void particle(XmlSchemaParticle p, PathScope scope, Occurs occurs, String compositor,
            ComponentDraft owner) {
        if (p instanceof XmlSchemaElement e) {
            localElement(e, scope, occurs, compositor.isEmpty() ? null : compositor);
            if (!compositor.contains("choice") && !compositor.contains("all")) {
                owner.add(ListProperty.CHILD_ORDER, childName(e));
            }
        } else if (p instanceof XmlSchemaAny any) {
            wildcard(any, scope.wildcard(), occurs.times(any.getMinOccurs(), any.getMaxOccurs()), compositor);
        } else if (p instanceof XmlSchemaGroupRef ref) {
            owner.add(ListProperty.GROUP_REFS, Names.clark(ref.getRefName())
                    + occurrenceSuffix(occurs.times(ref.getMinOccurs(), ref.getMaxOccurs())));
        } else if (p instanceof XmlSchemaGroupParticle group) {
            List<? extends XmlSchemaObjectBase> items = items(group);
            Occurs inner = occurs.times(p.getMinOccurs(), p.getMaxOccurs());
            String here = significance(group, items.size(), p);
            String chain = here == null ? compositor : compositor.isEmpty() ? here : compositor + "/" + here;
            for (XmlSchemaObjectBase item : items) {
                if (item instanceof XmlSchemaParticle child) {
                    particle(child, scope, inner, chain, owner);
                }
            }
        }
    }

    private static String childName(XmlSchemaElement e) {
        return e.isRef() ? e.getRef().getTargetQName().getLocalPart() : e.getName();
    }

    private static List<? extends XmlSchemaObjectBase> items(XmlSchemaGroupParticle group) {
        if (group instanceof XmlSchemaSequence s) {
            return s.getItems();
        }
        if (group instanceof XmlSchemaChoice c) {
            return c.getItems();
        }
        if (group instanceof XmlSchemaAll a) {
            return a.getItems();
        }
        return List.of();
    }

    private static String significance(XmlSchemaGroupParticle group, int size, XmlSchemaParticle p) {
        if (size <= 1) {
            return null; // one particle: (a)* is a*, and all/choice/sequence of one are the same
        }
        boolean repeats = p.getMaxOccurs() != 1 || p.getMinOccurs() != 1;
        String occ = repeats ? "[" + p.getMinOccurs() + ".." + Names.occurs(p.getMaxOccurs()) + "]" : "";
        if (group instanceof XmlSchemaChoice) {
            return "choice" + occ;
        }
        if (group instanceof XmlSchemaAll) {
            return "all" + occ;
        }
        return repeats ? "sequence" + occ : null;
    }

    private static String compositorName(XmlSchemaGroupParticle p) {
        if (p instanceof XmlSchemaChoice) {
            return "choice";
        }
        return p instanceof XmlSchemaAll ? "all" : "sequence";
    }

    private static String occurrenceSuffix(Occurs o) {
        return o.min == 1 && o.max == 1 ? "" : "[" + o.min + ".." + Names.occurs(o.max) + "]";
    }

    // ---- wildcards ------------------------------------------------------------------------------------------

    private void wildcard(XmlSchemaAny any, String path, Occurs occurs, String compositor) {
        ComponentDraft draft = new ComponentDraft(ComponentKind.WILDCARD, path, ctx.namespace(), "*", false);
        draft.set(Property.NAMESPACE_CONSTRAINT, Wildcards.normalize(any.getNamespace(), ctx.namespace()))
                .set(Property.PROCESS_CONTENTS, processContents(any.getProcessContent()))
                .set(Property.MIN_OCCURS, occurs.min == 1 ? null : Names.occurs(occurs.min))
                .set(Property.MAX_OCCURS, occurs.max == 1 ? null : Names.occurs(occurs.max))
                .set(Property.COMPOSITOR, compositor.isEmpty() ? null : compositor);
        ctx.add(draft, ComponentKind.Space.WILDCARD);
    }

    private void attributeWildcard(XmlSchemaAnyAttribute any, PathScope scope) {
        String path = scope.attributeWildcard();
        ComponentDraft draft = new ComponentDraft(ComponentKind.ATTRIBUTE_WILDCARD, path, ctx.namespace(), "@*", false);
        draft.set(Property.NAMESPACE_CONSTRAINT, Wildcards.normalize(any.getNamespace(), ctx.namespace()))
                .set(Property.PROCESS_CONTENTS, processContents(any.getProcessContent()));
        ctx.add(draft, ComponentKind.Space.WILDCARD);
    }

    private static String processContents(XmlSchemaContentProcessing p) {
        if (p == null || p == XmlSchemaContentProcessing.NONE || p == XmlSchemaContentProcessing.STRICT) {
            return null;
        }
        return p == XmlSchemaContentProcessing.LAX ? "lax" : "skip";
    }

    // ---- attributes -----------------------------------------------------------------------------------------

    void globalAttribute(XmlSchemaAttribute a) {
        String path = Names.clark(a.getQName());
        ComponentDraft draft = new ComponentDraft(ComponentKind.ATTRIBUTE, path, ctx.namespace(), a.getName(), true);
        attributeDeclaration(a, draft);
        ctx.add(draft, ComponentKind.Space.ATTRIBUTE);
    }

    void attributeGroup(XmlSchemaAttributeGroup group) {
        String path = Names.clark(group.getQName());
        ComponentDraft draft = new ComponentDraft(ComponentKind.ATTRIBUTE_GROUP, path, ctx.namespace(),
                group.getName(), true);
        PathScope scope = new PathScope(path, ctx.namespace());
        for (Object member : group.getAttributes()) {
            if (member instanceof XmlSchemaAttribute a) {
                localAttribute(a, scope);
            } else if (member instanceof XmlSchemaAttributeGroupRef ref) {
                draft.add(ListProperty.ATTRIBUTE_GROUPS, Names.clark(ref.getRef().getTargetQName()));
            }
        }
        if (group.getAnyAttribute() != null) {
            attributeWildcard(group.getAnyAttribute(), scope);
        }
        draft.sortList(ListProperty.ATTRIBUTE_GROUPS);
        ctx.add(draft, ComponentKind.Space.ATTRIBUTE_GROUP);
    }

    private void attributes(List<XmlSchemaAttributeOrGroupRef> attributes, XmlSchemaAnyAttribute any,
            PathScope scope, ComponentDraft owner) {
        if (attributes != null) {
            for (XmlSchemaAttributeOrGroupRef member : attributes) {
                if (member instanceof XmlSchemaAttribute a) {
                    localAttribute(a, scope);
                } else if (member instanceof XmlSchemaAttributeGroupRef ref) {
                    owner.add(ListProperty.ATTRIBUTE_GROUPS, Names.clark(ref.getRef().getTargetQName()));
                }
            }
        }
        owner.sortList(ListProperty.ATTRIBUTE_GROUPS);
        if (any != null) {
            attributeWildcard(any, scope);
        }
    }

    private void localAttribute(XmlSchemaAttribute a, PathScope scope) {
        ComponentDraft draft;
        if (a.isRef()) {
            QName target = a.getRef().getTargetQName();
            draft = new ComponentDraft(ComponentKind.ATTRIBUTE, scope.attribute(target.getNamespaceURI(),
                    target.getLocalPart()), target.getNamespaceURI(), target.getLocalPart(), false)
                    .set(Property.REF, Names.clark(target))
                    .flag(Property.QUALIFIED, !target.getNamespaceURI().isEmpty())
                    .set(Property.DEFAULT, a.getDefaultValue())
                    .set(Property.FIXED, a.getFixedValue());
        } else {
            QName wire = a.getWireName();
            String ns = wire == null ? "" : wire.getNamespaceURI();
            draft = new ComponentDraft(ComponentKind.ATTRIBUTE, scope.attribute("", a.getName()), ns, a.getName(), false);
            draft.flag(Property.QUALIFIED, !ns.isEmpty());
            attributeDeclaration(a, draft);
        }
        XmlSchemaUse use = a.getUse();
        draft.set(Property.USE, use == XmlSchemaUse.REQUIRED ? "required"
                : use == XmlSchemaUse.PROHIBITED ? "prohibited" : null);
        ctx.add(draft, ComponentKind.Space.ATTRIBUTE);
    }

    private void attributeDeclaration(XmlSchemaAttribute a, ComponentDraft draft) {
        draft.set(Property.DEFAULT, a.getDefaultValue()).set(Property.FIXED, a.getFixedValue());
        if (ctx.documentation()) {
            draft.set(Property.DOCUMENTATION, Annotations.documentation(a));
        }
        if (a.getSchemaTypeName() != null) {
            draft.set(Property.TYPE, Names.clark(a.getSchemaTypeName()));
        } else if (a.getSchemaType() != null && a.getSchemaType().getName() == null) {
            draft.set(Property.TYPE, Names.ANONYMOUS);
            SimpleTypeModeler.model(a.getSchemaType(), draft.path(), false, ctx);
        } else {
            draft.set(Property.TYPE, Names.ANY_SIMPLE_TYPE);
        }
    }

    /** Occurrence multiplied along nested groups. */
    record Occurs(long min, long max) {
        static final Occurs ONE = new Occurs(1, 1);

        Occurs times(long otherMin, long otherMax) {
            return new Occurs(Names.times(min, otherMin), Names.times(max, otherMax));
        }
    }
}
