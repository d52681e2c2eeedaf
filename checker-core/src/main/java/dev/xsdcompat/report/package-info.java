/**
 * The last step: writers that render a {@link dev.xsdcompat.check.CheckResult}. Output is deterministic: same
 * input, same bytes (sorted, no timestamps, LF line ends).
 */
package dev.xsdcompat.report;
