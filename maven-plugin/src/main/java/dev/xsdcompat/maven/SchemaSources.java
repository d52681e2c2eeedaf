package dev.xsdcompat.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns a configured schema source (a folder, a file, or artifact coordinates) into checker-core inputs, applying
 * the includes/excludes selection. Artifacts resolve lazily, so builds that name none never touch the resolver.
 */
final class SchemaSources {

    /** Supplies the resolver only when an artifact is named. */
    @FunctionalInterface
    interface ResolverSupplier {
        BaselineResolver get() throws MojoFailureException;
    }

    private final SchemaSelection selection;
    private final ResolverSupplier resolver;
    private final Path workDirectory;

    /**
     * @param workDirectory where artifacts are unpacked when includes/excludes must pick entry files in them
     */
    SchemaSources(SchemaSelection selection, ResolverSupplier resolver, Path workDirectory) {
        this.selection = selection;
        this.resolver = resolver;
        this.workDirectory = workDirectory;
    }

    /** A folder (every .xsd below it, or the selected entry files) or one file (an entry .xsd, a jar or zip). */
    List<Path> fromFile(String parameter, File file) throws MojoFailureException {
        ExistingFiles.requireFolderOrFile(parameter, file);
        Path path = file.toPath();
        return file.isDirectory() ? selection.inputs(parameter, path) : List.of(path);
    }

    /** The jar of {@code groupId:artifactId:version[:classifier]}, resolved from the repositories. */
    List<Path> fromArtifact(String parameter, ArtifactCoordinates coordinates) throws MojoFailureException {
        Path jar = resolver.get().resolve(parameter, coordinates);
        if (selection.selectsAll()) {
            return List.of(jar);
        }
        Path folder = workDirectory.resolve("unpacked").resolve(coordinates.toString().replace(':', '_'));
        try {
            JarExtractor.extract(jar, folder);
        } catch (IOException e) {
            throw BadParameter.of(parameter, "cannot unpack " + jar + ": " + e.getMessage());
        }
        return selection.inputs(parameter, folder);
    }

    /** A release-notes entry: an existing folder or file (relative to basedir), else artifact coordinates. */
    List<Path> fromEither(String parameter, String value, File basedir) throws MojoFailureException {
        if (isArtifact(value, basedir)) {
            return fromArtifact(parameter, ArtifactCoordinates.parse(parameter, value));
        }
        return fromFile(parameter, file(value, basedir));
    }

    static boolean isArtifact(String value, File basedir) {
        return value.contains(":") && !file(value, basedir).exists();
    }

    static File file(String value, File basedir) {
        File f = new File(value.trim());
        return f.isAbsolute() ? f : new File(basedir, value.trim());
    }
}
