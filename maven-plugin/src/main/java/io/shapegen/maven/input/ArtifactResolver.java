package io.shapegen.maven.input;

import java.nio.file.Path;

/** Finds the jar of an artifact, downloading it when needed. Maven's resolver in the plugin, a map in tests. */
@FunctionalInterface
public interface ArtifactResolver {
    /**
     * @param artifact the artifact to find
     * @param parameter the plugin parameter that named it, for the error message
     * @return the jar file
     * @throws InputException if the artifact cannot be resolved; the message says what to do
     */
    Path resolve(ArtifactCoordinates artifact, String parameter) throws InputException;
}
