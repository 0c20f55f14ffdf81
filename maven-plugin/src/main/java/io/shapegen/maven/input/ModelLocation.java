package io.shapegen.maven.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an input document is: a file, or an entry inside an artifact's jar. Only says where; {@link
 * ModelInputReader} reads it.
 */
public sealed interface ModelLocation {
    /** @return how error messages name the input: the file path, or {@code groupId:artifactId:version!/entry} */
    String displayName();

    /**
     * A file on disk.
     *
     * @param file the file, absolute (Maven resolves relative paths against the project directory)
     * @param parameter the plugin parameter that named it, for error messages
     * @param property the user property that sets that parameter, for error messages
     */
    record InFile(Path file, String parameter, String property) implements ModelLocation {
        /** Rejects {@code null}s. */
        public InFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(property, "property");
        }

        /**
         * A file named by a parameter whose user property is {@code shapegen.<parameter>}.
         *
         * @param file the file, absolute
         * @param parameter the plugin parameter that named it, for error messages
         */
        public InFile(Path file, String parameter) {
            this(file, parameter, "shapegen." + parameter);
        }

        @Override
        public String displayName() {
            return file.toString();
        }
    }

    /**
     * An entry inside the jar of an artifact.
     *
     * @param artifact the artifact whose jar holds the entry
     * @param entry the entry's path inside the jar, with {@code /} separators and no leading {@code /}
     * @param artifactParameter the plugin parameter that named the artifact, for error messages
     * @param entryParameter the plugin parameter that named the entry, for error messages
     */
    record InArtifact(ArtifactCoordinates artifact, String entry, String artifactParameter, String entryParameter)
            implements ModelLocation {
        /** Rejects {@code null}s and strips a leading {@code /} from the entry. */
        public InArtifact {
            Objects.requireNonNull(artifact, "artifact");
            Objects.requireNonNull(artifactParameter, "artifactParameter");
            Objects.requireNonNull(entryParameter, "entryParameter");
            entry = Objects.requireNonNull(entry, "entry").strip().replaceFirst("^/+", "");
        }

        @Override
        public String displayName() {
            return artifact + "!/" + entry;
        }
    }
}
