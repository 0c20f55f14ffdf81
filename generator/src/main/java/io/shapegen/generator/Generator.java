package io.shapegen.generator;

import io.shapegen.generator.docs.DocsException;
import io.shapegen.generator.docs.MarkdownDocs;
import io.shapegen.generator.java.JavaSourceSet;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.output.OutputSink;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.generator.work.InParallel;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.Paginator;
import io.shapegen.model.ServiceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return generateAll(List.of(request)).get(0);
    }

    /**
     * Generates several models in one go into the same source root (and docs root), each into its own package:
     * one manifest owns all their files, so regenerating one model never deletes another's, and the docs index
     * lists every service.
     *
     * @param requests the models, all with the same output directory and docs directory
     * @return one result per request; a single combined result when everything was up to date
     * @throws IllegalArgumentException if the requests disagree on the directories, or two models would write the
     *     same file (nothing is written then)
     * @throws io.shapegen.model.ModelException if a model is invalid (nothing is written)
     */
    public List<GenerationResult> generateAll(List<GenerationRequest> requests) {
        GenerationBatch batch = GenerationBatch.of(requests);
        String digest = InputDigest.of(requests);
        Optional<GenerationResult> upToDate = UpToDateCheck.check(batch, digest);
        if (upToDate.isPresent()) {
            return List.of(upToDate.get());
        }
        List<Rendered> rendered = new ArrayList<>();
        for (GenerationRequest request : requests) {
            ServiceModel model = ModelLoader.loadService(request.model());
            Map<String, Paginator> paginators = request.paginators()
                    .map(source -> ModelLoader.loadPaginators(source, model)).orElse(Map.of());
            ServiceSpec service = ServiceSpecResolver.resolve(model, request.flavour(),
                    request.paginators().isPresent() ? Optional.of(paginators) : Optional.empty());
            // The docs render on another core while this thread (and any other free one) writes the Java code.
            Optional<InParallel.Pending<List<GeneratedFile>>> pendingDocs = request.effectiveDocsDirectory().isPresent()
                    ? Optional.of(InParallel.start(() -> renderDocs(service, request.docsTemplateDirectory())))
                    : Optional.empty();
            List<GeneratedFile> sources = JavaSourceSet.render(service, request.extensions());
            List<GeneratedFile> docs = pendingDocs.map(InParallel.Pending::join).orElse(List.of());
            rendered.add(new Rendered(request, service, sources, docs));
        }
        List<GeneratedFile> allSources = batch.merge(rendered.stream().map(r -> new GenerationBatch.Part(
                serviceName(r.service().model()), r.sources())).toList());
        List<GeneratedFile> allDocs = new ArrayList<>(batch.merge(rendered.stream().map(r -> new GenerationBatch.Part(
                serviceName(r.service().model()), r.docs())).toList()));
        if (batch.docsDirectory().isPresent()) {
            allDocs.add(DocsFolder.index(rendered.stream().map(Rendered::service).toList()));
        }
        String names = String.join(", ", rendered.stream().map(r -> serviceName(r.service().model())).toList());
        Set<Path> written = new HashSet<>(new OutputSink(batch.outputDirectory()).write(allSources, digest, names));
        Set<Path> docsWritten = new HashSet<>(batch.docsDirectory()
                .map(dir -> new OutputSink(dir).write(allDocs, digest, names)).orElse(List.of()));
        List<GenerationResult> results = new ArrayList<>();
        for (Rendered r : rendered) {
            List<Path> files = paths(r.sources());
            List<Path> pages = new ArrayList<>(paths(r.docs()));
            if (!r.docs().isEmpty()) {
                pages.add(Path.of("README.md"));
                pages.sort(null);
            }
            results.add(new GenerationResult(serviceName(r.service().model()), batch.outputDirectory(), files,
                    files.stream().filter(written::contains).toList(), pages, pages.stream().filter(docsWritten::contains).toList(),
                    false, notes(r.service())));
        }
        return results;
    }

    /** One model, rendered in memory. */
    private record Rendered(GenerationRequest request, ServiceSpec service, List<GeneratedFile> sources,
            List<GeneratedFile> docs) {
    }

    /**
     * @return what the user should know about the generated code: a protocol without client support, and the
     *     paginators (or result keys) of the paginators file that were left out
     */
    static List<String> notes(ServiceSpec service) {
        List<String> notes = new ArrayList<>();
        if (service.client().isEmpty()) {
            notes.add("The " + service.model().metadata().protocol() + " protocol has no client implementation yet "
                    + "(supported: " + String.join(", ", io.shapegen.generator.spec.ClientSpec.SUPPORTED_PROTOCOLS.stream().sorted().toList())
                    + "): the model classes, enums, exceptions, client interface and docs were generated, the client builder "
                    + "and implementation were not. See docs/compatibility.md.");
        }
        notes.addAll(service.leftOut());
        return List.copyOf(notes);
    }

    /** @param model a model @return the service as users know it: its service id, else its full name */
    static String serviceName(ServiceModel model) {
        return model.metadata().serviceId().isEmpty() ? model.metadata().serviceFullName() : model.metadata().serviceId();
    }

    /**
     * Renders every Java source without writing anything.
     *
     * @param service the resolved service (its paginators are the ones rendered)
     * @return the files, sorted by path
     */
    public static List<GeneratedFile> render(ServiceSpec service) {
        return JavaSourceSet.render(service);
    }

    /**
     * Renders the docs without writing anything: the service's pages in its own folder, and an index page.
     *
     * @param service the resolved service (its paginators are the ones documented)
     * @param templateOverrides a folder of user templates, if any
     * @return the pages, paths relative to the docs root, sorted
     */
    public static List<GeneratedFile> renderDocs(ServiceSpec service, Optional<Path> templateOverrides) {
        try {
            return DocsFolder.place(service, MarkdownDocs.render(service, templateOverrides));
        } catch (DocsException e) {
            throw e.collidingNames().isEmpty() ? e : DocsCollisions.locate(e, service);
        }
    }

    private static List<Path> paths(List<GeneratedFile> files) {
        return files.stream().map(file -> Path.of(file.relativePath())).sorted().toList();
    }

}
