/**
 * The xsd-compat Maven plugin: goals {@code check} (gates the build), {@code report} (writes the report files),
 * {@code release-notes} (a version series) and the {@code changelog} site report. The plugin holds no diff
 * logic: it turns parameters into inputs for {@link dev.xsdcompat.check.CompatibilityCheck} and hands the result
 * to checker-core's report writers. One class per job: parameter parsing ({@link FailOn}, {@link Formats},
 * {@link ArtifactCoordinates}, {@link SchemaSelection}), baseline resolution ({@link BaselineResolver},
 * {@link JarExtractor}), the check itself ({@link Comparison}, {@link CheckFactory}), output
 * ({@link ReportFiles}, {@link SeriesNotes}, {@link ChangelogPage}) and the gate ({@link Gate},
 * {@link FailureMessage}).
 */
package dev.xsdcompat.maven;
