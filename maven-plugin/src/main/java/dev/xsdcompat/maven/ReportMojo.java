package dev.xsdcompat.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Compares the project's schemas with the baseline and writes the report in every requested format. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractCompareMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Formats.parse(formats);
        Comparison.Outcome outcome = compare();
        logSummary(outcome.result());
        writeReports(outcome.result(), outputDirectory.toPath(), "xsd-compat");
    }
}
