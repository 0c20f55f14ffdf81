package io.shapegen.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced.
 *
 * @param serviceName the service as users know it: its service id, else its full name
 * @param outputDirectory the root the files were written under
 * @param files every generated file, relative to the root, sorted
 * @param written the files whose bytes changed and were (re)written, relative to the root, sorted
 */
public record GenerationResult(String serviceName, Path outputDirectory, List<Path> files, List<Path> written) {
    /** Copies the lists. */
    public GenerationResult {
        files = List.copyOf(files);
        written = List.copyOf(written);
    }
}
