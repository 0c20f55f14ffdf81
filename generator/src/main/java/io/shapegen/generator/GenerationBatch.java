package io.shapegen.generator;

import io.shapegen.generator.output.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The models of one execution, which share a source root and a docs root: checks that they do, and merges their
 * files, refusing two models that would write the same file.
 *
 * @param outputDirectory the shared source root
 * @param docsDirectory the shared docs root, when any model generates docs
 */
record GenerationBatch(Path outputDirectory, Optional<Path> docsDirectory) {

    static GenerationBatch of(List<GenerationRequest> requests) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("There is no model to generate.");
        }
        Path output = requests.get(0).outputDirectory().toAbsolutePath().normalize();
        Optional<Path> docs = Optional.empty();
        for (GenerationRequest request : requests) {
            if (!request.outputDirectory().toAbsolutePath().normalize().equals(output)) {
                throw new IllegalArgumentException("Models generated together must share one output directory, but "
                        + request.model().name() + " names " + request.outputDirectory() + " and another " + output + ".");
            }
            Optional<Path> requestDocs = request.effectiveDocsDirectory().map(p -> p.toAbsolutePath().normalize());
            if (requestDocs.isPresent()) {
                if (docs.isPresent() && !docs.equals(requestDocs)) {
                    throw new IllegalArgumentException("Models generated together must share one docs directory, but "
                            + request.model().name() + " names " + requestDocs.get() + " and another " + docs.get() + ".");
                }
                docs = requestDocs;
            }
        }
        return new GenerationBatch(output, docs);
    }

    /** One model's files, and the service they belong to (for messages). */
    record Part(String serviceName, List<GeneratedFile> files) {
    }

    /**
     * @return all files, sorted by path
     * @throws IllegalArgumentException if two models produce the same path (also when paths differ only in case,
     *     which case-insensitive file systems cannot keep apart)
     */
    List<GeneratedFile> merge(List<Part> parts) {
        Map<String, String> owners = new HashMap<>();
        List<GeneratedFile> merged = new ArrayList<>();
        for (Part part : parts) {
            for (GeneratedFile file : part.files()) {
                String owner = owners.putIfAbsent(file.relativePath().toLowerCase(Locale.ROOT), part.serviceName());
                if (owner != null) {
                    throw new IllegalArgumentException("Two models would write " + file.relativePath() + " (" + owner + " and "
                            + part.serviceName() + "). Give each model its own basePackage.");
                }
                merged.add(file);
            }
        }
        merged.sort(Comparator.comparing(GeneratedFile::relativePath));
        return merged;
    }
}
