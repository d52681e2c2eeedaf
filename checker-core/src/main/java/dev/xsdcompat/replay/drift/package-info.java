/**
 * Response drift: two responses recorded for the same request under the old and the new behaviour, compared
 * with XMLUnit for similarity (whitespace, comments, prefixes and sibling order do not count; configured paths
 * are ignored), each difference with its XPath and both values.
 */
package dev.xsdcompat.replay.drift;
