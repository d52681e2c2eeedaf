package dev.xsdcompat.rules;

import static dev.xsdcompat.rules.ChangeKind.ADDED;
import static dev.xsdcompat.rules.ChangeKind.CHANGED;
import static dev.xsdcompat.rules.ChangeKind.REMOVED;
import static dev.xsdcompat.rules.Severity.BREAKING;
import static dev.xsdcompat.rules.Severity.INFO;
import static dev.xsdcompat.rules.Severity.SAFE;
import static dev.xsdcompat.rules.Severity.WARNING;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue. Ids are kebab-case and stable forever: reports, policy files and fingerprints use them.
 * Request severity: what it means for a new server receiving documents written for the old schema. Response
 * severity: what it means for an old client receiving documents written for the new schema (validating clients;
 * additions there warn by default).
 */
public enum Rule {
    // Global components
    GLOBAL_ELEMENT_ADDED("global-element-added", ADDED, INFO, INFO, "A global element was declared"),
    GLOBAL_ELEMENT_REMOVED("global-element-removed", REMOVED, BREAKING, BREAKING, "A global element was removed"),
    GLOBAL_ATTRIBUTE_ADDED("global-attribute-added", ADDED, INFO, INFO, "A global attribute was declared"),
    GLOBAL_ATTRIBUTE_REMOVED("global-attribute-removed", REMOVED, BREAKING, BREAKING, "A global attribute was removed"),
    TYPE_ADDED("type-added", ADDED, INFO, INFO, "A named type was declared"),
    TYPE_REMOVED("type-removed", REMOVED, BREAKING, BREAKING, "A named type was removed"),
    TYPE_KIND_CHANGED("type-kind-changed", CHANGED, BREAKING, BREAKING,
            "A type changed between simple and complex"),
    GROUP_ADDED("group-added", ADDED, INFO, INFO, "A named model group was declared"),
    GROUP_REMOVED("group-removed", REMOVED, BREAKING, BREAKING, "A named model group was removed"),
    ATTRIBUTE_GROUP_ADDED("attribute-group-added", ADDED, INFO, INFO, "A named attribute group was declared"),
    ATTRIBUTE_GROUP_REMOVED("attribute-group-removed", REMOVED, BREAKING, BREAKING,
            "A named attribute group was removed"),
    NAMESPACE_CHANGED("namespace-changed", CHANGED, BREAKING, BREAKING,
            "A target namespace was renamed: every element in it has a new name"),

    // Content: elements, attributes, wildcards
    ELEMENT_ADDED_OPTIONAL("element-added-optional", ADDED, SAFE, WARNING,
            "An optional element was added: old documents stay valid; validating old clients reject it when sent"),
    ELEMENT_ADDED_REQUIRED("element-added-required", ADDED, BREAKING, WARNING,
            "A required element was added: documents without it are rejected"),
    ELEMENT_REMOVED("element-removed", REMOVED, BREAKING, BREAKING, "An element was removed from a content model"),
    ATTRIBUTE_ADDED_OPTIONAL("attribute-added-optional", ADDED, SAFE, WARNING, "An optional attribute was added"),
    ATTRIBUTE_ADDED_REQUIRED("attribute-added-required", ADDED, BREAKING, WARNING,
            "A required attribute was added: documents without it are rejected"),
    ATTRIBUTE_REMOVED("attribute-removed", REMOVED, BREAKING, BREAKING, "An attribute was removed"),
    WILDCARD_ADDED("wildcard-added", ADDED, SAFE, WARNING, "A wildcard (xs:any/xs:anyAttribute) was added"),
    WILDCARD_REMOVED("wildcard-removed", REMOVED, BREAKING, SAFE, "A wildcard (xs:any/xs:anyAttribute) was removed"),
    WILDCARD_NARROWED("wildcard-narrowed", CHANGED, BREAKING, SAFE,
            "A wildcard admits fewer namespaces or validates more strictly"),
    WILDCARD_WIDENED("wildcard-widened", CHANGED, SAFE, BREAKING,
            "A wildcard admits more namespaces or validates less strictly"),
    GROUP_REFERENCE_ADDED("group-reference-added", ADDED, WARNING, WARNING,
            "A content model now includes a named model group"),
    GROUP_REFERENCE_REMOVED("group-reference-removed", REMOVED, BREAKING, BREAKING,
            "A content model no longer includes a named model group"),
    ATTRIBUTE_GROUP_REFERENCE_ADDED("attribute-group-reference-added", ADDED, WARNING, WARNING,
            "A type now includes a named attribute group"),
    ATTRIBUTE_GROUP_REFERENCE_REMOVED("attribute-group-reference-removed", REMOVED, BREAKING, BREAKING,
            "A type no longer includes a named attribute group"),

    // Occurrence and structure
    MIN_OCCURS_INCREASED("min-occurs-increased", CHANGED, BREAKING, SAFE,
            "minOccurs increased: documents with fewer occurrences are rejected"),
    MIN_OCCURS_DECREASED("min-occurs-decreased", CHANGED, SAFE, BREAKING,
            "minOccurs decreased: the element may now be missing"),
    MAX_OCCURS_DECREASED("max-occurs-decreased", CHANGED, BREAKING, SAFE,
            "maxOccurs decreased: documents with more occurrences are rejected"),
    MAX_OCCURS_INCREASED("max-occurs-increased", CHANGED, SAFE, BREAKING,
            "maxOccurs increased: more occurrences may now be sent"),
    COMPOSITOR_CHANGED("compositor-changed", CHANGED, BREAKING, BREAKING,
            "The sequence/choice/all structure around an element changed"),
    CHILD_ORDER_CHANGED("child-order-changed", CHANGED, BREAKING, BREAKING,
            "Elements of a sequence appear in a different order"),
    GROUP_REFERENCE_OCCURS_CHANGED("group-reference-occurs-changed", CHANGED, WARNING, WARNING,
            "The occurrence of a referenced model group changed"),

    // Declarations
    TYPE_CHANGED("type-changed", CHANGED, BREAKING, BREAKING, "An element or attribute has an unrelated new type"),
    TYPE_WIDENED("type-widened", CHANGED, SAFE, BREAKING,
            "An element or attribute's new type is a base of the old one: it accepts more values"),
    TYPE_NARROWED("type-narrowed", CHANGED, BREAKING, SAFE,
            "An element or attribute's new type derives from the old one: it accepts fewer values"),
    REF_CHANGED("ref-changed", CHANGED, BREAKING, BREAKING, "An element or attribute reference points elsewhere"),
    NILLABLE_ADDED("nillable-added", CHANGED, SAFE, BREAKING, "An element became nillable"),
    NILLABLE_REMOVED("nillable-removed", CHANGED, BREAKING, SAFE, "An element is no longer nillable"),
    DEFAULT_CHANGED("default-changed", CHANGED, WARNING, WARNING,
            "A default value was added, removed or changed: readers see a different value for absent content"),
    FIXED_ADDED("fixed-added", CHANGED, BREAKING, SAFE, "A fixed value was added"),
    FIXED_REMOVED("fixed-removed", CHANGED, SAFE, BREAKING, "A fixed value was removed"),
    FIXED_CHANGED("fixed-changed", CHANGED, BREAKING, BREAKING, "A fixed value changed"),
    FORM_CHANGED("form-changed", CHANGED, BREAKING, BREAKING,
            "A local element or attribute changed between qualified and unqualified"),
    ABSTRACT_ADDED("abstract-added", CHANGED, BREAKING, SAFE, "An element or type became abstract"),
    ABSTRACT_REMOVED("abstract-removed", CHANGED, SAFE, WARNING, "An element or type is no longer abstract"),
    BLOCK_CHANGED("block-changed", CHANGED, WARNING, WARNING, "The substitutions an element or type blocks changed"),
    FINAL_CHANGED("final-changed", CHANGED, INFO, INFO, "The derivations a type or element forbids changed"),
    SUBSTITUTION_GROUP_CHANGED("substitution-group-changed", CHANGED, BREAKING, BREAKING,
            "An element joined, left or switched a substitution group"),
    ATTRIBUTE_BECAME_REQUIRED("attribute-became-required", CHANGED, BREAKING, SAFE, "An attribute became required"),
    ATTRIBUTE_BECAME_OPTIONAL("attribute-became-optional", CHANGED, SAFE, BREAKING,
            "A required attribute became optional"),
    ATTRIBUTE_PROHIBITED("attribute-prohibited", CHANGED, BREAKING, SAFE, "An attribute became prohibited"),

    // Types
    DERIVATION_CHANGED("derivation-changed", CHANGED, BREAKING, BREAKING,
            "A type's base type or derivation method changed"),
    BASE_TYPE_WIDENED("base-type-widened", CHANGED, SAFE, BREAKING,
            "A type now restricts an ancestor of its old base: it accepts more values"),
    BASE_TYPE_NARROWED("base-type-narrowed", CHANGED, BREAKING, SAFE,
            "A type now restricts a type derived from its old base: it accepts fewer values"),
    MIXED_ADDED("mixed-added", CHANGED, SAFE, BREAKING, "A type now allows mixed text content"),
    MIXED_REMOVED("mixed-removed", CHANGED, BREAKING, SAFE, "A type no longer allows mixed text content"),
    VARIETY_CHANGED("variety-changed", CHANGED, BREAKING, BREAKING,
            "A simple type changed between atomic, list and union"),
    ITEM_TYPE_CHANGED("item-type-changed", CHANGED, BREAKING, BREAKING, "The item type of a list type changed"),
    UNION_MEMBER_ADDED("union-member-added", ADDED, SAFE, BREAKING, "A union accepts a new member type"),
    UNION_MEMBER_REMOVED("union-member-removed", REMOVED, BREAKING, SAFE, "A union lost a member type"),

    // Facets
    ENUM_VALUE_ADDED("enum-value-added", ADDED, SAFE, WARNING, "An enumeration value was added"),
    ENUM_VALUE_REMOVED("enum-value-removed", REMOVED, BREAKING, SAFE, "An enumeration value was removed"),
    FACET_TIGHTENED("facet-tightened", CHANGED, BREAKING, SAFE,
            "A facet (length, bounds, digits, enumeration, pattern) now accepts fewer values"),
    FACET_LOOSENED("facet-loosened", CHANGED, SAFE, BREAKING, "A facet now accepts more values"),
    PATTERN_CHANGED("pattern-changed", CHANGED, BREAKING, BREAKING,
            "A pattern changed; which values it accepts cannot be compared in general"),
    WHITESPACE_CHANGED("whitespace-changed", CHANGED, WARNING, WARNING, "The whiteSpace facet changed"),

    RENAMED("renamed", CHANGED, BREAKING, BREAKING,
            "A component was renamed (declared in the policy's rename map): documents with the old name are rejected"),

    // Documentation (reported only when asked)
    DOCUMENTATION_CHANGED("documentation-changed", CHANGED, INFO, INFO, "Annotation text changed");

    private static final Map<String, Rule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private final String id;
    private final ChangeKind kind;
    private final Severity request;
    private final Severity response;
    private final String description;

    Rule(String id, ChangeKind kind, Severity request, Severity response, String description) {
        this.id = id;
        this.kind = kind;
        this.request = request;
        this.response = response;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public ChangeKind kind() {
        return kind;
    }

    /** Default severity when the component is reached from a request. */
    public Severity request() {
        return request;
    }

    /** Default severity when the component is reached from a response. */
    public Severity response() {
        return response;
    }

    public String description() {
        return description;
    }

    /** The worse of the two directions: the verdict when nothing says which way a component is used. */
    public Severity worst() {
        return Severity.worst(request, response);
    }

    /**
     * Whether this rule's response severity is about something new reaching old clients: strict (validating)
     * clients reject it, lenient ones ignore it. The policy's client mode re-levels exactly these.
     */
    public boolean isResponseAddition() {
        return switch (this) {
            case ELEMENT_ADDED_OPTIONAL, ELEMENT_ADDED_REQUIRED, ATTRIBUTE_ADDED_OPTIONAL, ATTRIBUTE_ADDED_REQUIRED,
                    ENUM_VALUE_ADDED, WILDCARD_ADDED -> true;
            default -> false;
        };
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
