package dev.xsdcompat.model;

/** What a component is, and the symbol space in which its path must be unique. */
public enum ComponentKind {
    ELEMENT("element", Space.ELEMENT),
    ATTRIBUTE("attribute", Space.ATTRIBUTE),
    COMPLEX_TYPE("complexType", Space.TYPE),
    SIMPLE_TYPE("simpleType", Space.TYPE),
    GROUP("group", Space.GROUP),
    ATTRIBUTE_GROUP("attributeGroup", Space.ATTRIBUTE_GROUP),
    WILDCARD("any", Space.WILDCARD),
    ATTRIBUTE_WILDCARD("anyAttribute", Space.WILDCARD),
    /** A whole target namespace, for changes that concern all of it. */
    NAMESPACE("namespace", Space.NAMESPACE);

    /** Symbol spaces: a simple type that becomes complex is the same component, changed. */
    public enum Space { ELEMENT, ATTRIBUTE, TYPE, GROUP, ATTRIBUTE_GROUP, WILDCARD, NAMESPACE }

    private final String xsdName;
    private final Space space;

    ComponentKind(String xsdName, Space space) {
        this.xsdName = xsdName;
        this.space = space;
    }

    /** The name the XSD vocabulary uses, as reports show it. */
    public String xsdName() {
        return xsdName;
    }

    public Space space() {
        return space;
    }
}
