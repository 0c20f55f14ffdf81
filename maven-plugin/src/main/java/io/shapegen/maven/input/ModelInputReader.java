package io.shapegen.maven.input;

import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the bytes at a {@link ModelLocation} into a {@link ModelSource} named by {@link
 * ModelLocation#displayName()}, so model errors point at the file or at {@code artifact!/entry}.
 */
public final class ModelInputReader {
    private final ArtifactResolver artifacts;

    /** @param artifacts finds the jars of {@link ModelLocation.InArtifact} locations */
    public ModelInputReader(ArtifactResolver artifacts) {
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    }

    /**
     * @param location where the document is
     * @return its bytes and name
     * @throws InputException if the file or entry is missing or unreadable, or the artifact cannot be resolved
     */
    public ModelSource read(ModelLocation location) throws InputException {
        if (location instanceof ModelLocation.InFile file) {
            return readFile(file);
        }
        return readEntry((ModelLocation.InArtifact) location);
    }

    private static ModelSource readFile(ModelLocation.InFile location) throws InputException {
        Path file = location.file();
        String parameter = location.parameter();
        if (!Files.exists(file)) {
            throw new InputException("The " + parameter + " file " + file + " does not exist. Check <" + parameter
                    + "> (property " + location.property() + "); a relative path is resolved against the project "
                    + "directory.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("The " + parameter + " file " + file + " is not a regular file. Point <"
                    + parameter + "> at the JSON file itself.");
        }
        try {
            return new ModelSource(location.displayName(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException("Cannot read the " + parameter + " file " + file + " (" + describe(e)
                    + "). Check that it is readable.", e);
        }
    }

    private ModelSource readEntry(ModelLocation.InArtifact location) throws InputException {
        Path jar = artifacts.resolve(location.artifact(), location.artifactParameter());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(location.entry());
            if (entry == null || entry.isDirectory()) {
                throw missingEntry(location, jar, zip);
            }
            try (var in = zip.getInputStream(entry)) {
                return new ModelSource(location.displayName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new InputException("Cannot read " + location.displayName() + " from " + jar + " (" + describe(e)
                    + "). Check that <" + location.artifactParameter() + "> names a jar; delete " + jar
                    + " from the local repository if it is damaged.", e);
        }
    }

    private static InputException missingEntry(ModelLocation.InArtifact location, Path jar, ZipFile zip) {
        List<String> names = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
        List<String> similar = SimilarNames.closestTo(location.entry(), names, 5);
        String what = location.artifact() + " has no file " + location.entry() + " (checked " + jar + "). ";
        if (similar.isEmpty()) {
            return new InputException(what + "Set <" + location.entryParameter() + "> to the model's path inside the "
                    + "jar; `jar tf " + jar + "` lists its entries.");
        }
        return new InputException(what + "Similar entries: " + String.join(", ", similar) + ". Set <"
                + location.entryParameter() + "> to the right one.");
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
