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
 */
public record GenerationRequest(ModelSource model, Optional<ModelSource> paginators, String basePackage,
        Path outputDirectory) {
    /** Rejects {@code null}s. */
    public GenerationRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(paginators, "paginators");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }
}
