package io.shapegen.maven.input;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Parses a model named by one text value, as the {@code diff} goal's {@code oldModel} and {@code newModel} are:
 * either a file path, or {@code groupId:artifactId:version!/path/in/jar} for a model inside an artifact's jar.
 */
public final class ModelReference {
    /** The separator between an artifact and the entry inside its jar, as in {@code jar:} URLs. */
    public static final String JAR_SEPARATOR = "!/";

    private static final Pattern COORDINATES = Pattern.compile("[^:/\\\\\\s]+:[^:/\\\\\\s]+:[^:/\\\\\\s]+");
    private static final String EXAMPLE = "com.amazonaws:aws-java-sdk-models:1.12.797!/models/"
            + "chime-sdk-identity-2021-04-20-model.json";

    private ModelReference() {
    }

    /**
     * @param value the parameter's value
     * @param parameter the parameter's name, for messages, for example {@code oldModel}
     * @param property its user property, for messages, for example {@code shapegen.diff.old}
     * @param baseDirectory what a relative file path is resolved against
     * @return where the model is
     * @throws InputException if the value is missing, or is an artifact reference that cannot be parsed
     */
    public static ModelLocation parse(String value, String parameter, String property, Path baseDirectory)
            throws InputException {
        String where = "<" + parameter + "> (property " + property + ")";
        if (value == null || value.isBlank()) {
            throw new InputException(where + " is not set. Set it to a service-2.json file, or to "
                    + "groupId:artifactId:version!/path/in/jar for a model inside a jar, for example " + EXAMPLE + ".");
        }
        String text = value.strip();
        int separator = text.indexOf(JAR_SEPARATOR);
        if (separator >= 0) {
            String coordinates = text.substring(0, separator).strip();
            String entry = text.substring(separator + JAR_SEPARATOR.length()).strip();
            if (!COORDINATES.matcher(coordinates).matches()) {
                throw new InputException(where + " is \"" + text + "\": before \"" + JAR_SEPARATOR + "\" it must be "
                        + "groupId:artifactId:version, for example " + EXAMPLE + ".");
            }
            if (entry.isEmpty()) {
                throw new InputException(where + " is \"" + text + "\", which names no file inside the jar. Add the "
                        + "model's path after \"" + JAR_SEPARATOR + "\", for example " + EXAMPLE + ".");
            }
            return new ModelLocation.InArtifact(ArtifactCoordinates.parse(coordinates, parameter), entry, parameter,
                    parameter);
        }
        Path file;
        try {
            file = baseDirectory.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InputException(where + " is \"" + text + "\", which is not a valid file path (" + e.getReason()
                    + "). Set it to a service-2.json file or to groupId:artifactId:version!/path/in/jar.", e);
        }
        if (COORDINATES.matcher(text).matches() && !Files.exists(file)) {
            throw new InputException(where + " is \"" + text + "\", which looks like artifact coordinates but names "
                    + "no file inside the jar. Add \"" + JAR_SEPARATOR + "\" and the model's path, for example "
                    + EXAMPLE + ".");
        }
        return new ModelLocation.InFile(file, parameter, property);
    }
}
