package io.shapegen.generator;

import io.shapegen.model.ModelSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one generation needs.
 *
 * @param model the {@code service-2.json} to generate from
 * @param paginators the {@code paginators-1.json}, if any
 * @param basePackage the Java package of the client; models go to {@code .model}; empty to derive it
 *     from the service id ({@code io.shapegen.services.<serviceid>})
 * @param outputDirectory the root of the generated Java sources
 * @param docsDirectory the root of the generated Markdown docs (the service's pages go into a folder named
 *     after the service, beside an index page); empty to generate no docs
 * @param docsTemplateDirectory a folder whose {@code .vm} files replace the built-in docs templates of the same
 *     name, if any
 */
public record GenerationRequest(ModelSource model, Optional<ModelSource> paginators, String basePackage,
        Path outputDirectory, Optional<Path> docsDirectory, Optional<Path> docsTemplateDirectory) {
    /** Rejects {@code null}s. */
    public GenerationRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(paginators, "paginators");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(docsDirectory, "docsDirectory");
        Objects.requireNonNull(docsTemplateDirectory, "docsTemplateDirectory");
    }

    /**
     * A request for Java sources only.
     *
     * @param model the {@code service-2.json}
     * @param paginators the {@code paginators-1.json}, if any
     * @param basePackage the client package, or {@code ""} to derive it
     * @param outputDirectory the root of the generated Java sources
     * @return the request, without docs
     */
    public static GenerationRequest sourcesOnly(ModelSource model, Optional<ModelSource> paginators, String basePackage,
            Path outputDirectory) {
        return new GenerationRequest(model, paginators, basePackage, outputDirectory, Optional.empty(), Optional.empty());
    }
}
