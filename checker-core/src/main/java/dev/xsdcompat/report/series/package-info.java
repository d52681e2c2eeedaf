/**
 * Release series: several versions in order, compared pairwise with each model loaded once
 * ({@link dev.xsdcompat.report.series.ReleaseSeries}), with evidence per release from replaying a recorded
 * corpus ({@link dev.xsdcompat.report.series.ReplayEvidence}, an {@link dev.xsdcompat.report.series.EvidenceSource}).
 * Renders the HTML changelog and the Markdown release notes into one folder.
 */
package dev.xsdcompat.report.series;
