package io.shapegen.generator;

import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.model.ModelSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one generation needs.
 *
 * @param model the {@code service-2.json} to generate from
 * @param paginators the {@code paginators-1.json}, if any
 * @param flavour the generation choices: package, client name, model and accessor style, operations, renames...
 * @param outputDirectory the root of the generated Java sources
 * @param docsDirectory the root of the generated Markdown docs (the service's pages go into a folder named
 *     after the service, beside an index page); empty, or a flavour with {@code docs} off, generates no docs
 * @param docsTemplateDirectory a folder whose {@code .vm} files replace the built-in docs templates of the same
 *     name, if any
 * @param extensions the generator extensions to apply
 */
public record GenerationRequest(ModelSource model, Optional<ModelSource> paginators, Flavour flavour,
        Path outputDirectory, Optional<Path> docsDirectory, Optional<Path> docsTemplateDirectory, Extensions extensions) {
    /** Rejects {@code null}s. */
    public GenerationRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(paginators, "paginators");
        Objects.requireNonNull(flavour, "flavour");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(docsDirectory, "docsDirectory");
        Objects.requireNonNull(docsTemplateDirectory, "docsTemplateDirectory");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * A request in the standard flavour.
     *
     * @param model the {@code service-2.json}
     * @param paginators the {@code paginators-1.json}, if any
     * @param basePackage the client package, or {@code ""} to derive it
     * @param outputDirectory the root of the generated Java sources
     * @param docsDirectory the root of the docs, if any
     * @return the request
     */
    public static GenerationRequest standard(ModelSource model, Optional<ModelSource> paginators, String basePackage,
            Path outputDirectory, Optional<Path> docsDirectory) {
        return new GenerationRequest(model, paginators, Flavour.standard().withBasePackage(basePackage), outputDirectory,
                docsDirectory, Optional.empty(), Extensions.none());
    }

    /**
     * A request for Java sources only, in the standard flavour.
     *
     * @param model the {@code service-2.json}
     * @param paginators the {@code paginators-1.json}, if any
     * @param basePackage the client package, or {@code ""} to derive it
     * @param outputDirectory the root of the generated Java sources
     * @return the request, without docs
     */
    public static GenerationRequest sourcesOnly(ModelSource model, Optional<ModelSource> paginators, String basePackage,
            Path outputDirectory) {
        return standard(model, paginators, basePackage, outputDirectory, Optional.empty());
    }

    /** @return the docs root when docs are to be generated */
    public Optional<Path> effectiveDocsDirectory() {
        return flavour.docs() ? docsDirectory : Optional.empty();
    }
}
