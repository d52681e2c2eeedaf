package dev.xsdcompat.maven;

import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.xsdcompat.report.ReportFormat;

/**
 * Compares the project's schemas with the baseline, writes the reports, and fails the build when a change at or
 * above {@code failOn} is found that the policy file does not accept, or when a replayed {@code corpus} message is
 * rejected by the new version only.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCompareMojo {

    /** The least severe change that fails the build: breaking, warning or never. */
    @Parameter(property = "xsdcompat.failOn", defaultValue = "breaking")
    String failOn;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        FailOn threshold = FailOn.parse(failOn);
        Formats.parse(formats);
        Comparison.Outcome outcome = compare();
        logSummary(outcome.result());
        Map<ReportFormat, Path> written = writeReports(outcome.result(), outputDirectory.toPath(), "xsd-compat");
        Gate gate = new Gate(threshold);
        if (gate.fails(outcome.result())) {
            throw new MojoFailureException(FailureMessage.of(gate.failing(outcome.result()),
                    gate.newlyRejected(outcome.result()), threshold, outcome.baseline(),
                    ReportFiles.forPeople(written)));
        }
    }
}
