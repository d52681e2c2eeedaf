package dev.xsdcompat.maven;

import java.io.File;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.rules.Severity;

/** A goal that compares the project's schemas with one baseline: a folder or a released artifact. */
abstract class AbstractCompareMojo extends AbstractXsdCompatMojo {

    /** The baseline as a folder of schemas. Set this or {@code oldArtifact}. */
    @Parameter(property = "xsdcompat.oldSchemas")
    File oldSchemas;

    /**
     * The baseline as a released jar of schemas, {@code groupId:artifactId:version[:classifier]}, resolved from the
     * configured repositories. Set this or {@code oldSchemas}.
     */
    @Parameter(property = "xsdcompat.oldArtifact")
    String oldArtifact;

    /** The project's schemas: a folder (every .xsd below it, or the included entry files), an .xsd or a jar. */
    @Parameter(property = "xsdcompat.newSchemas", defaultValue = "${project.basedir}/src/main/xsd")
    File newSchemas;

    Comparison.Outcome compare() throws MojoFailureException {
        return new Comparison(sources(), getLog()).run(oldSchemas, oldArtifact, newSchemas, options(),
                project.getVersion());
    }

    void logSummary(CheckResult result) {
        var counts = result.countBySeverity();
        int n = result.findings().size();
        getLog().info("xsd-compat: " + n + (n == 1 ? " change: " : " changes: ")
                + counts.get(Severity.BREAKING) + " breaking, " + counts.get(Severity.WARNING) + " warning, "
                + counts.get(Severity.INFO) + " info, " + counts.get(Severity.SAFE) + " safe; "
                + result.acceptedCount() + " accepted by the policy"
                + (result.roots().isEmpty() ? "" : "; directions from " + result.roots()));
        if (result.replay() != null) {
            var replay = result.replay().summary();
            getLog().info("xsd-compat: replayed " + replay.messages() + " messages (" + replay.adapter() + "): "
                    + replay.count(Outcome.NEWLY_REJECTED) + " newly rejected, "
                    + replay.count(Outcome.NEWLY_ACCEPTED) + " newly accepted, " + replay.drifted()
                    + " responses drifted");
        }
        if (result.version() != null) {
            String line = "xsd-compat: versions " + result.version().message();
            if (result.version().violation()) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
    }
}
