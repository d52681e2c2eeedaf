/**
 * Step 2: a normalized, immutable view of a schema set. Every declaration becomes a {@link Component} with a
 * stable path such as {@code {urn:x}privilegeType/umSiteAdmin}, the properties that decide what it accepts
 * (spelled-out defaults and prefixes do not show), and its source location. Named types and groups appear once,
 * where they are defined; anonymous types at the path of the element or attribute that holds them.
 */
package dev.xsdcompat.model;
