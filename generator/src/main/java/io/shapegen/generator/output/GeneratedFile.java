package io.shapegen.generator.output;

import java.util.Objects;

/**
 * One output file, fully rendered in memory before anything is written.
 *
 * @param relativePath the path under the output root, with {@code /} separators
 * @param content the exact bytes
 */
public record GeneratedFile(String relativePath, byte[] content) {
    /** Rejects {@code null}s. */
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
