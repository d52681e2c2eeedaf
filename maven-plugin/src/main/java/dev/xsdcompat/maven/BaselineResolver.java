package dev.xsdcompat.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Finds a schemas jar named by coordinates (the {@code oldArtifact} baseline, a release-notes version) through the Maven resolver: the build's local repository
 * first, then the project's remote repositories (with the user's mirrors, proxies and offline mode applied).
 */
final class BaselineResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    BaselineResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    Path resolve(String parameter, ArtifactCoordinates coordinates) throws MojoFailureException {
        DefaultArtifact artifact = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                coordinates.classifier(), "jar", coordinates.version());
        ArtifactRequest request = new ArtifactRequest(artifact, repositories, "xsd-compat");
        try {
            ArtifactResult result = system.resolveArtifact(session, request);
            File file = result.getArtifact().getFile();
            return file.toPath();
        } catch (ArtifactResolutionException e) {
            throw BadParameter.of(parameter, "cannot resolve " + coordinates + " from the local repository "
                    + "or " + describe(repositories) + ": " + e.getMessage());
        }
    }

    private static String describe(List<RemoteRepository> repositories) {
        if (repositories.isEmpty()) {
            return "any remote repository (none configured)";
        }
        return repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").toList().toString();
    }
}
