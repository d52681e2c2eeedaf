package dev.xsdcompat.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.xsdcompat.report.model.Labels;

/**
 * Release notes for a series of schema versions, oldest first: the HTML changelog ({@code changelog.html}) and the
 * Markdown release notes ({@code release-notes.md}, {@code release-notes.zh-CN.md}, ...) written to
 * {@code outputDirectory/release-notes}. A {@code corpus} adds examples and drift per release. The {@code formats}
 * parameter does not apply.
 */
@Mojo(name = "release-notes", threadSafe = true)
public class ReleaseNotesMojo extends AbstractXsdCompatMojo {

    /**
     * The versions, oldest first: each a folder, a jar, or {@code groupId:artifactId:version[:classifier]}.
     * At least two.
     */
    @Parameter(property = "xsdcompat.series")
    List<String> series;

    /** Labels for the versions, in the same order; default: folder names, file names, artifact versions. */
    @Parameter
    List<String> labels;

    /** Languages of the release notes, each one Markdown file: {@code en}, {@code zh-CN}. */
    @Parameter(property = "xsdcompat.languages", defaultValue = "en")
    List<String> languages;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (series == null || series.size() < 2) {
            throw BadParameter.of("series", "needs at least two versions, oldest first (folders, jars or "
                    + "groupId:artifactId:version)");
        }
        if (labels != null && !labels.isEmpty() && labels.size() != series.size()) {
            throw BadParameter.of("labels", labels.size() + " labels for " + series.size() + " versions");
        }
        for (String language : languages) {
            if (!Labels.LANGUAGES.contains(language)) {
                throw BadParameter.of("languages", "unknown language '" + language + "' (one of "
                        + String.join(", ", Labels.LANGUAGES) + ")");
            }
        }
        ExistingFiles.options(options());
        SchemaSources sources = sources();
        List<SeriesVersion> versions = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            String entry = series.get(i).trim();
            String label = labels != null && !labels.isEmpty() ? labels.get(i)
                    : SeriesVersion.labelOf(entry, SchemaSources.isArtifact(entry, project.getBasedir()));
            versions.add(new SeriesVersion(label, sources.fromEither("series", entry, project.getBasedir())));
        }
        Path folder = outputDirectory.toPath().resolve("release-notes");
        try {
            List<Path> written = new SeriesNotes(options(), getLog()).write(versions, languages, folder);
            getLog().info("xsd-compat: wrote " + written.size() + " release-notes files to " + folder);
        } catch (IOException e) {
            throw new MojoExecutionException("xsd-compat: cannot write release notes to " + folder + ": "
                    + e.getMessage(), e);
        }
    }
}
