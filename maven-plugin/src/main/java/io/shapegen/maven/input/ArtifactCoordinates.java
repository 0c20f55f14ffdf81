package io.shapegen.maven.input;

import java.util.Objects;

/**
 * The {@code groupId:artifactId:version} of a jar that holds model files.
 *
 * @param groupId the group id, for example {@code com.amazonaws}
 * @param artifactId the artifact id, for example {@code aws-java-sdk-models}
 * @param version the version, for example {@code 1.12.797}
 */
public record ArtifactCoordinates(String groupId, String artifactId, String version) {
    /** Rejects {@code null}s. */
    public ArtifactCoordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /**
     * @param text {@code groupId:artifactId:version}
     * @param parameter the plugin parameter the text came from, for the error message
     * @return the coordinates
     * @throws InputException if the text does not have exactly three non-blank parts
     */
    public static ArtifactCoordinates parse(String text, String parameter) throws InputException {
        String[] parts = text.trim().split(":", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new InputException("<" + parameter + "> must be groupId:artifactId:version, for example "
                    + "com.amazonaws:aws-java-sdk-models:1.12.797, but it is \"" + text + "\".");
        }
        return new ArtifactCoordinates(parts[0].trim(), parts[1].trim(), parts[2].trim());
    }

    /** @return {@code groupId:artifactId:version} */
    @Override
    public String toString() {
        return groupId + ':' + artifactId + ':' + version;
    }
}
