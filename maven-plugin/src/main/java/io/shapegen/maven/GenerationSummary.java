package io.shapegen.maven;

import io.shapegen.generator.GenerationResult;
import java.nio.file.Path;

/**
 * The one INFO line a generation logs: which service, how many files, how many changed, and where.
 *
 * @param service the service's name, as its model calls it
 * @param generated how many Java sources the generator produced
 * @param changed how many of them were (re)written because their content changed
 * @param outputDirectory where they are, relative to the project when inside it
 * @param docsPages how many docs pages were produced (0 without docs)
 * @param docsChanged how many docs pages were (re)written
 * @param upToDate whether generation was skipped because nothing that shapes the output changed
 */
record GenerationSummary(String service, int generated, int changed, Path outputDirectory, int docsPages,
        int docsChanged, boolean upToDate) {
    /**
     * @param result what the generator produced
     * @param projectDirectory the project's base directory, to shorten the output path
     * @return the summary
     */
    static GenerationSummary of(GenerationResult result, Path projectDirectory) {
        Path output = result.outputDirectory().toAbsolutePath().normalize();
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path shown = output.startsWith(base) && !output.equals(base) ? base.relativize(output) : output;
        return new GenerationSummary(result.serviceName(), result.files().size(), result.written().size(), shown,
                result.docsFiles().size(), result.docsWritten().size(), result.upToDate());
    }

    /**
     * @return for example {@code Chime SDK Identity: 100 files generated, 3 changed, in
     *     target/generated-sources/shapegen; 37 docs pages, 0 changed}
     */
    String line() {
        if (upToDate) {
            return service + ": up to date (" + generated + (generated == 1 ? " file" : " files") + " in "
                    + outputDirectory + (docsPages == 0 ? "" : ", " + docsPages + " docs pages") + ")";
        }
        String line = service + ": " + generated + (generated == 1 ? " file" : " files") + " generated, " + changed
                + " changed, in " + outputDirectory;
        return docsPages == 0 ? line : line + "; " + docsPages + " docs pages, " + docsChanged + " changed";
    }
}
