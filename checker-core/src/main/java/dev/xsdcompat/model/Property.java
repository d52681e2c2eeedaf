package dev.xsdcompat.model;

/**
 * The normalized properties of a component. Values are canonical strings (QNames in Clark notation
 * {@code {ns}local}, occurrences as integers or {@code unbounded}); list-valued ones are in {@link Component#lists()}.
 * A property that has its default value is absent, so spelling out a default is not a change.
 */
public enum Property {
    /** Element or attribute: the type it has (Clark QName) or {@code (anonymous)}. */
    TYPE,
    /** Element or attribute reference: the global declaration it refers to. */
    REF,
    MIN_OCCURS,
    MAX_OCCURS,
    /** Element: the significant compositors around it, outermost first, e.g. {@code choice} or {@code all}. */
    COMPOSITOR,
    NILLABLE,
    DEFAULT,
    FIXED,
    /** Local element or attribute: whether its name is namespace-qualified in documents. */
    QUALIFIED,
    ABSTRACT,
    BLOCK,
    FINAL,
    SUBSTITUTION_GROUP,
    /** Attribute: optional, required or prohibited (optional is the default and absent). */
    USE,
    /** Type: its base type. */
    BASE,
    /** Type: extension or restriction (complex content), simple-extension or simple-restriction. */
    DERIVATION,
    MIXED,
    /** Simple type: atomic, list or union. */
    VARIETY,
    ITEM_TYPE,
    LENGTH,
    MIN_LENGTH,
    MAX_LENGTH,
    MIN_INCLUSIVE,
    MAX_INCLUSIVE,
    MIN_EXCLUSIVE,
    MAX_EXCLUSIVE,
    TOTAL_DIGITS,
    FRACTION_DIGITS,
    WHITE_SPACE,
    /** Wildcard: the namespaces it admits, normalized ({@code ##any}, {@code ##other:ns}, or a sorted list). */
    NAMESPACE_CONSTRAINT,
    PROCESS_CONTENTS,
    /** Annotation text, whitespace-collapsed (compared only when asked). */
    DOCUMENTATION
}
