package io.shapegen.maven;

import io.shapegen.maven.input.ArtifactCoordinates;
import io.shapegen.maven.input.ArtifactResolver;
import io.shapegen.maven.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Resolves model jars with Maven's own resolver, from the project's remote repositories. */
final class RepositorySystemArtifactResolver implements ArtifactResolver {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    RepositorySystemArtifactResolver(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public Path resolve(ArtifactCoordinates artifact, String parameter) throws InputException {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(artifact.groupId(), artifact.artifactId(), "jar", artifact.version()),
                repositories, null);
        try {
            return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            String offline = session.isOffline()
                    ? " The build is offline (-o): run it once online, or install the jar into the local repository."
                    : "";
            String reason = e.getMessage().replaceFirst("\\.+$", "");
            throw new InputException("Cannot resolve the model artifact " + artifact + ": " + reason + ". Check <"
                    + parameter + "> (groupId:artifactId:version) and that one of the project's repositories has "
                    + "that jar." + offline, e);
        }
    }
}
