/**
 * The public entry point of checker-core: {@link dev.xsdcompat.check.CompatibilityCheck} loads two versions,
 * models, diffs and classifies them. The CLI and the Maven plugin call only this and the report writers.
 */
package dev.xsdcompat.check;
