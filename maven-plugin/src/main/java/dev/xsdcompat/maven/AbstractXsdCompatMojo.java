package dev.xsdcompat.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.report.ReportFormat;

/** Parameters every goal shares: how to compare, where reports go, and {@code skip}. */
abstract class AbstractXsdCompatMojo extends AbstractMojo {

    /** Glob patterns of entry files, relative to each schema folder (e.g. {@code service/*.xsd}). */
    @Parameter
    List<String> includes;

    /** Glob patterns of files to leave out (e.g. {@code **}{@code /draft/*.xsd}). */
    @Parameter
    List<String> excludes;

    /** OASIS XML catalogs for imports and includes; a {@code catalog.xml} in a schema folder is used anyway. */
    @Parameter
    List<File> catalogs;

    /**
     * The operations file (APIs with their request and response roots); default: an {@code operations.xml} in the
     * new schemas' folder or the folder above it, if there is one.
     */
    @Parameter(property = "xsdcompat.operations")
    File operations;

    /**
     * The policy file ({@code urn:xsd-compat:policy:1}): accepted changes with their reasons, re-levelled or
     * silenced rules, client mode, renames, versioning.
     */
    @Parameter(property = "xsdcompat.policy")
    File policy;

    /**
     * APIs by naming convention instead of an operations file: global elements and types whose names match this
     * regular expression are request roots, its first group names the API (e.g. {@code (.*)Request}). Set it
     * together with {@code responsePattern}.
     */
    @Parameter(property = "xsdcompat.requestPattern")
    String requestPattern;

    /** Response roots by name (e.g. {@code (.*)Response}); set together with {@code requestPattern}. */
    @Parameter(property = "xsdcompat.responsePattern")
    String responsePattern;

    /**
     * Whether a type derived from a reachable type counts as reachable: documents may use it through
     * {@code xsi:type} (unless the base type blocks that derivation).
     */
    @Parameter(property = "xsdcompat.derivedTypes", defaultValue = "false")
    boolean derivedTypes;

    /**
     * Without operations, every global element is a document root read as: {@code backward} (like a request),
     * {@code forward} (like a response) or {@code full} (both; checker-core's default).
     */
    @Parameter(property = "xsdcompat.rootMode")
    String rootMode;

    /**
     * How clients read responses: {@code strict} (response additions break), {@code lenient} (they are safe) or
     * {@code warn} (they warn). Overrides the policy file's setting.
     */
    @Parameter(property = "xsdcompat.clients")
    String clients;

    /**
     * Recorded messages (a folder or zip) replayed against both versions; the evidence goes into the reports, and a
     * message the old version accepts and the new one rejects fails {@code check} like a breaking change.
     */
    @Parameter(property = "xsdcompat.corpus")
    File corpus;

    /**
     * How replay finds a message's payload: {@code plain} (the root element), {@code webex} (the Webex envelope;
     * needs an operations file), {@code xpath} (the elements {@code corpusPayload} selects) or {@code auto}
     * (xpath when {@code corpusPayload} is set, else webex when an operations file is in effect, else plain).
     */
    @Parameter(property = "xsdcompat.corpusAdapter", defaultValue = "auto")
    String corpusAdapter;

    /**
     * XPath 3.1 selecting the payload elements of each recorded message, each validated as a document, e.g.
     * {@code /soap:Envelope/soap:Body/*} (prefixes soap, soap12 and xsi are declared).
     */
    @Parameter(property = "xsdcompat.corpusPayload")
    String corpusPayload;

    /** Paths to ignore when comparing recorded responses: XPaths, or local names (ids, timestamps). */
    @Parameter
    List<String> corpusIgnores;

    /** Let http(s) schemaLocations be fetched; off by default, the check runs offline. */
    @Parameter(property = "xsdcompat.allowNetwork", defaultValue = "false")
    boolean allowNetwork;

    /** Also report changed annotation text. */
    @Parameter(property = "xsdcompat.documentation", defaultValue = "false")
    boolean documentation;

    /** Report formats by id (comma-separated or a list); default: every format checker-core knows. */
    @Parameter(property = "xsdcompat.formats")
    List<String> formats;

    /** Where report files go. */
    @Parameter(property = "xsdcompat.outputDirectory", defaultValue = "${project.build.directory}/xsd-compat")
    File outputDirectory;

    /** Skip the goal (also {@code -Dxsdcompat.skip}). */
    @Parameter(property = "xsdcompat.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    RepositorySystem repositorySystem;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xsd-compat: skipped (skip=true or -Dxsdcompat.skip)");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    CheckOptions options() {
        return new CheckOptions(catalogs, operations, requestPattern, responsePattern, policy, rootMode, clients,
                corpus, corpusAdapter, corpusPayload, corpusIgnores, allowNetwork, documentation,
                derivedTypes);
    }

    SchemaSources sources() {
        return new SchemaSources(new SchemaSelection(includes, excludes),
                () -> new BaselineResolver(repositorySystem, session.getRepositorySession(),
                        project.getRemoteProjectRepositories()),
                outputDirectory.toPath());
    }

    /** Writes the requested formats as {@code outputDirectory/<baseName>.<ext>} and logs where they are. */
    Map<ReportFormat, Path> writeReports(CheckResult result, Path folder, String baseName)
            throws MojoExecutionException, MojoFailureException {
        List<ReportFormat> chosen = Formats.parse(formats);
        try {
            Map<ReportFormat, Path> written = ReportFiles.write(result, chosen, folder, baseName,
                    corpus == null ? null : corpus.toPath());
            getLog().info("xsd-compat: wrote " + written.values());
            return written;
        } catch (IOException e) {
            throw new MojoExecutionException("xsd-compat: cannot write the reports to " + folder + ": "
                    + e.getMessage(), e);
        }
    }
}
