package io.shapegen.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced.
 *
 * @param outputDirectory the root the files were written under
 * @param files every generated file, relative to the root, sorted
 * @param written the files whose bytes changed and were (re)written, relative to the root, sorted
 */
public record GenerationResult(Path outputDirectory, List<Path> files, List<Path> written) {
    /** Copies the lists. */
    public GenerationResult {
        files = List.copyOf(files);
        written = List.copyOf(written);
    }
}
