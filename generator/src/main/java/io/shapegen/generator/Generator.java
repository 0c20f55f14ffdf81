package io.shapegen.generator;

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

/**
 * Generates a Java SDK from a service model: load and validate, resolve every name once, render every file
 * in memory, then write the files whose bytes changed.
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
     * @throws java.io.UncheckedIOException if the output cannot be written
     */
    public GenerationResult generate(GenerationRequest request) {
        ServiceModel model = ModelLoader.loadService(request.model());
        Map<String, Paginator> paginators = request.paginators()
                .map(source -> ModelLoader.loadPaginators(source, model)).orElse(Map.of());
        ServiceSpec service = ServiceSpecResolver.resolve(model, request.basePackage());
        List<GeneratedFile> files = render(service, paginators);
        OutputSink sink = new OutputSink(request.outputDirectory());
        List<Path> written = sink.write(files);
        List<Path> all = files.stream().map(file -> Path.of(file.relativePath())).sorted().toList();
        String serviceName = model.metadata().serviceId().isEmpty()
                ? model.metadata().serviceFullName() : model.metadata().serviceId();
        return new GenerationResult(serviceName, request.outputDirectory(), all, written.stream().sorted().toList());
    }

    /**
     * Renders every file without writing anything.
     *
     * @param service the resolved service
     * @param paginators the paginators by operation name
     * @return the files, sorted by path
     */
    public static List<GeneratedFile> render(ServiceSpec service, Map<String, Paginator> paginators) {
        return JavaSourceSet.render(service);
    }
}
