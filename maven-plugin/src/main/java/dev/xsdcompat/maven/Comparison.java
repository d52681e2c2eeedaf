package dev.xsdcompat.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.config.ConfigException;
import dev.xsdcompat.load.LoadException;
import dev.xsdcompat.replay.ReplayException;
import dev.xsdcompat.replay.corpus.CorpusException;

/**
 * One comparison as configured: validates the parameters, finds the baseline ({@code oldSchemas} or
 * {@code oldArtifact}) and the new schemas, and runs checker-core. Holds no diff logic.
 */
final class Comparison {

    /** The result, and the baseline as the user named it (for messages). */
    record Outcome(CheckResult result, String baseline) {
    }

    private final SchemaSources sources;
    private final Log log;

    Comparison(SchemaSources sources, Log log) {
        this.sources = sources;
        this.log = log;
    }

    /**
     * @param newVersion the project's version, the new side's label for the versioning check (null: the input's
     *        name); the old side's is the artifact's version, or the folder's name
     */
    Outcome run(File oldSchemas, String oldArtifact, File newSchemas, CheckOptions options, String newVersion)
            throws MojoFailureException {
        boolean hasArtifact = oldArtifact != null && !oldArtifact.isBlank();
        if (oldSchemas != null && hasArtifact) {
            throw BadParameter.of("oldSchemas", "set either oldSchemas (a folder) or oldArtifact "
                    + "(groupId:artifactId:version[:classifier]), not both");
        }
        if (oldSchemas == null && !hasArtifact) {
            throw BadParameter.of("oldSchemas", "no baseline: set oldSchemas (a folder) or oldArtifact "
                    + "(groupId:artifactId:version[:classifier]) to the version to compare with");
        }
        ExistingFiles.options(options);
        ArtifactCoordinates coordinates = hasArtifact ? ArtifactCoordinates.parse("oldArtifact", oldArtifact) : null;
        List<Path> newInputs = sources.fromFile("newSchemas", newSchemas);
        List<Path> oldInputs = hasArtifact
                ? sources.fromArtifact("oldArtifact", coordinates)
                : sources.fromFile("oldSchemas", oldSchemas);
        String baseline = hasArtifact ? coordinates.toString() : oldSchemas.toString();
        log.info("xsd-compat: comparing " + newSchemas + " with the baseline " + baseline);
        CompatibilityCheck check = CheckFactory.create(options, hasArtifact ? coordinates.version() : null,
                newVersion);
        return new Outcome(compare(check, oldInputs, newInputs), baseline);
    }

    /**
     * Runs checker-core; input problems (malformed XSD, unresolvable reference, unusable operations file or corpus) become
     * build failures with its {@code file:line:col} message.
     */
    static CheckResult compare(CompatibilityCheck check, List<Path> oldInputs, List<Path> newInputs)
            throws MojoFailureException {
        try {
            return check.compare(oldInputs, newInputs);
        } catch (LoadException | ConfigException | ReplayException | CorpusException e) {
            throw new MojoFailureException("xsd-compat: " + e.getMessage(), e);
        }
    }
}
