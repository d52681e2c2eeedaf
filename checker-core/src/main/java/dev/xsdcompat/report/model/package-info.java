/**
 * The immutable report model: what every rendering shows, already sorted and formatted. Built from check results by
 * {@link dev.xsdcompat.report.model.ReportModels}; the Mustache templates under {@code dev/xsdcompat/report/} read it
 * by accessor name.
 */
package dev.xsdcompat.report.model;
