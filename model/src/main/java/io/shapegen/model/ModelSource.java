package io.shapegen.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one input file and the name errors should call it by.
 *
 * @param name how messages refer to the input: a path, or {@code artifact!/entry}
 * @param content the raw bytes of the file
 */
public record ModelSource(String name, byte[] content) {
    /** Rejects {@code null}; the bytes are not copied, so do not change them afterwards. */
    public ModelSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Reads a file.
     *
     * @param file the file to read
     * @return the file's bytes, named by its path
     * @throws ModelException if the file cannot be read
     */
    public static ModelSource read(Path file) {
        try {
            return new ModelSource(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ModelException(file.toString(), "", 0, 0,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Check that the path is right and the file is readable.");
        }
    }
}
