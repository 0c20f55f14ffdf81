package io.shapegen.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced.
 *
 * @param serviceName the service as users know it: its service id, else its full name
 * @param outputDirectory the root the Java sources were written under
 * @param files every generated Java source, relative to {@code outputDirectory}, sorted
 * @param written the Java sources whose bytes changed and were (re)written, sorted
 * @param docsFiles every generated docs page, relative to the docs directory, sorted (empty without docs)
 * @param docsWritten the docs pages whose bytes changed and were (re)written, sorted
 * @param upToDate whether nothing was generated because the inputs and the output are as last time
 * @param notes what the user should know about this generation (for example a protocol without client
 *     support), one sentence each; empty when there is nothing to say
 */
public record GenerationResult(String serviceName, Path outputDirectory, List<Path> files, List<Path> written,
        List<Path> docsFiles, List<Path> docsWritten, boolean upToDate, List<String> notes) {
    /** Copies the lists. */
    public GenerationResult {
        notes = List.copyOf(notes);
        files = List.copyOf(files);
        written = List.copyOf(written);
        docsFiles = List.copyOf(docsFiles);
        docsWritten = List.copyOf(docsWritten);
    }
}
