package io.shapegen.generator;

import io.shapegen.generator.docs.DocsException;
import io.shapegen.generator.docs.MarkdownDocs;
import io.shapegen.generator.java.JavaSourceSet;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.output.OutputSink;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.Paginator;
import io.shapegen.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates a Java SDK and its docs from a service model: load and validate, resolve every name once, render
 * every file in memory, then write the files whose bytes changed.
 *
 * <p>Nothing is written unless the whole generation succeeds, so a bad model leaves earlier output as it was.
 */
public final class Generator {
    /** Creates a generator; it holds no state between calls and is safe to share. */
    public Generator() {
    }

    /**
     * @param request what to generate and where
     * @return what was generated and which files changed
     * @throws io.shapegen.model.ModelException if the model or paginators are invalid (nothing is written)
     * @throws IllegalArgumentException if the base package is not a valid Java package name
     * @throws io.shapegen.generator.docs.DocsException if the docs cannot be rendered (nothing is written)
     * @throws java.io.UncheckedIOException if the output cannot be written
     */
    public GenerationResult generate(GenerationRequest request) {
        String digest = InputDigest.of(request);
        Optional<GenerationResult> upToDate = UpToDateCheck.check(request, digest);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        ServiceModel model = ModelLoader.loadService(request.model());
        Map<String, Paginator> paginators = request.paginators()
                .map(source -> ModelLoader.loadPaginators(source, model)).orElse(Map.of());
        ServiceSpec service = ServiceSpecResolver.resolve(model, request.flavour());
        List<GeneratedFile> sources = render(service, paginators);
        List<GeneratedFile> docs = request.effectiveDocsDirectory().isPresent()
                ? renderDocs(service, paginators, request.docsTemplateDirectory()) : List.of();

        String serviceName = serviceName(model);
        List<Path> written = new OutputSink(request.outputDirectory()).write(sources, digest, serviceName);
        List<Path> docsWritten = request.effectiveDocsDirectory()
                .map(dir -> new OutputSink(dir).write(docs, digest, serviceName)).orElse(List.of());
        return new GenerationResult(serviceName, request.outputDirectory(), paths(sources), written,
                paths(docs), docsWritten, false, notes(service));
    }

    /** @return the one note for a protocol without client support, else none */
    static List<String> notes(ServiceSpec service) {
        if (service.client().isPresent()) {
            return List.of();
        }
        return List.of("The " + service.model().metadata().protocol() + " protocol has no client implementation yet "
                + "(supported: " + String.join(", ", io.shapegen.generator.spec.ClientSpec.SUPPORTED_PROTOCOLS.stream().sorted().toList())
                + "): the model classes, enums, exceptions, client interface and docs were generated, the client builder "
                + "and implementation were not. See docs/compatibility.md.");
    }

    /** @param model a model @return the service as users know it: its service id, else its full name */
    static String serviceName(ServiceModel model) {
        return model.metadata().serviceId().isEmpty() ? model.metadata().serviceFullName() : model.metadata().serviceId();
    }

    /**
     * Renders every Java source without writing anything.
     *
     * @param service the resolved service
     * @param paginators the paginators by operation name
     * @return the files, sorted by path
     */
    public static List<GeneratedFile> render(ServiceSpec service, Map<String, Paginator> paginators) {
        return JavaSourceSet.render(service);
    }

    /**
     * Renders the docs without writing anything: the service's pages in its own folder, and an index page.
     *
     * @param service the resolved service
     * @param paginators the paginators by operation name
     * @param templateOverrides a folder of user templates, if any
     * @return the pages, paths relative to the docs root, sorted
     */
    public static List<GeneratedFile> renderDocs(ServiceSpec service, Map<String, Paginator> paginators,
            Optional<Path> templateOverrides) {
        try {
            return DocsFolder.place(service, MarkdownDocs.render(service, paginators, templateOverrides));
        } catch (DocsException e) {
            throw e.collidingNames().isEmpty() ? e : DocsCollisions.locate(e, service);
        }
    }

    private static List<Path> paths(List<GeneratedFile> files) {
        return files.stream().map(file -> Path.of(file.relativePath())).sorted().toList();
    }

}
