package dev.xsdcompat.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.eclipse.aether.RepositorySystem;

/**
 * The site report: {@code mvn site} shows the changes against the baseline as the "XSD compatibility" page
 * ({@code xsd-compat-changelog.html}). Takes the same comparison parameters as {@code check} and {@code report}.
 */
@Mojo(name = "changelog", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ChangelogReport extends AbstractMavenReport {

    /** The baseline as a folder of schemas. Set this or {@code oldArtifact}. */
    @Parameter(property = "xsdcompat.oldSchemas")
    File oldSchemas;

    /** The baseline as a released jar of schemas, {@code groupId:artifactId:version[:classifier]}. */
    @Parameter(property = "xsdcompat.oldArtifact")
    String oldArtifact;

    /** The project's schemas. */
    @Parameter(property = "xsdcompat.newSchemas", defaultValue = "${project.basedir}/src/main/xsd")
    File newSchemas;

    /** Glob patterns of entry files. */
    @Parameter
    List<String> includes;

    /** Glob patterns of files to leave out. */
    @Parameter
    List<String> excludes;

    /** OASIS XML catalogs. */
    @Parameter
    List<File> catalogs;

    /** The operations file. */
    @Parameter(property = "xsdcompat.operations")
    File operations;

    /** Request roots by name, e.g. {@code (.*)Request}; with {@code responsePattern}. */
    @Parameter(property = "xsdcompat.requestPattern")
    String requestPattern;

    /** Response roots by name, e.g. {@code (.*)Response}; with {@code requestPattern}. */
    @Parameter(property = "xsdcompat.responsePattern")
    String responsePattern;

    /** The policy file. */
    @Parameter(property = "xsdcompat.policy")
    File policy;

    /**
     * Whether a type derived from a reachable type counts as reachable: documents may use it through
     * {@code xsi:type} (unless the base type blocks that derivation).
     */
    @Parameter(property = "xsdcompat.derivedTypes", defaultValue = "false")
    boolean derivedTypes;

    /** For schema sets without operations: backward, forward or full. */
    @Parameter(property = "xsdcompat.rootMode")
    String rootMode;

    /** How clients read responses: strict, lenient or warn. */
    @Parameter(property = "xsdcompat.clients")
    String clients;

    /** A folder of recorded messages. */
    @Parameter(property = "xsdcompat.corpus")
    File corpus;

    /** How replay finds a message's payload: plain, webex, xpath or auto. */
    @Parameter(property = "xsdcompat.corpusAdapter", defaultValue = "auto")
    String corpusAdapter;

    /** The xpath adapter's XPath 3.1 selecting each message's payload elements. */
    @Parameter(property = "xsdcompat.corpusPayload")
    String corpusPayload;

    /** Paths to ignore when comparing recorded responses. */
    @Parameter
    List<String> corpusIgnores;

    /** Let http(s) schemaLocations be fetched. */
    @Parameter(property = "xsdcompat.allowNetwork", defaultValue = "false")
    boolean allowNetwork;

    /** Also report changed annotation text. */
    @Parameter(property = "xsdcompat.documentation", defaultValue = "false")
    boolean documentation;

    /** Where an {@code oldArtifact} is unpacked when includes/excludes apply to it. */
    @Parameter(defaultValue = "${project.build.directory}/xsd-compat", readonly = true)
    File workDirectory;

    /** Skip the report (also {@code -Dxsdcompat.skip}). */
    @Parameter(property = "xsdcompat.skip", defaultValue = "false")
    boolean skip;

    @Component
    RepositorySystem repositorySystem;

    @Override
    public String getOutputName() {
        return "xsd-compat-changelog";
    }

    @Override
    public String getName(Locale locale) {
        return ChangelogPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Changes to the XML schemas against the baseline, with their severity for requests and responses.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    /** A path as the reader knows it: relative to the project when inside it. */
    private String display(File file) {
        Path base = getProject().getBasedir().toPath().toAbsolutePath();
        Path path = file.toPath().toAbsolutePath();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        SchemaSources sources = new SchemaSources(new SchemaSelection(includes, excludes),
                () -> new BaselineResolver(repositorySystem, repoSession, remoteProjectRepositories),
                workDirectory.toPath());
        CheckOptions options = new CheckOptions(catalogs, operations, requestPattern, responsePattern, policy,
                rootMode, clients, corpus, corpusAdapter, corpusPayload, corpusIgnores, allowNetwork, documentation,
                derivedTypes);
        try {
            Comparison.Outcome outcome = new Comparison(sources, getLog())
                    .run(oldSchemas, oldArtifact, newSchemas, options, getProject().getVersion());
            String baseline = oldSchemas != null ? display(oldSchemas) : outcome.baseline();
            ChangelogPage.render(getSink(), outcome.result(), baseline, display(newSchemas));
        } catch (MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }
}
