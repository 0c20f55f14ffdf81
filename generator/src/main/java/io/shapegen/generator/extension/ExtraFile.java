package io.shapegen.generator.extension;

import java.util.Objects;

/**
 * A whole file an extension adds.
 *
 * @param relativePath where it goes under the source root, with {@code /} separators
 * @param content its text, written as UTF-8
 */
public record ExtraFile(String relativePath, String content) {
    /** Rejects {@code null}s. */
    public ExtraFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
