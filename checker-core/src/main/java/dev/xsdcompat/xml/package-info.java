/**
 * The one place that makes XML parsers for untrusted input ({@link dev.xsdcompat.xml.SecureXml}), and a DOM
 * builder that keeps each element's line ({@link dev.xsdcompat.xml.LocatingDomBuilder}). Every other package
 * parses through these.
 */
package dev.xsdcompat.xml;
