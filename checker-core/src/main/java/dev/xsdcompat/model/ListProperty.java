package dev.xsdcompat.model;

/** List-valued properties of a component. */
public enum ListProperty {
    /** Simple type: enumeration values, sorted (their order does not change what is accepted). */
    ENUMERATION,
    /** Simple type: patterns of one derivation step, sorted (they are alternatives). */
    PATTERN,
    /** Union: member types, in declared order. */
    MEMBER_TYPES,
    /** Complex type or group: child elements of sequences in document order, to detect reordering. */
    CHILD_ORDER,
    /** Complex type or group: referenced named model groups with their occurrence. */
    GROUP_REFS,
    /** Complex type or attribute group: referenced attribute groups. */
    ATTRIBUTE_GROUPS
}
