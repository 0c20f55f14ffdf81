package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.Paginator;
import io.shapegen.model.ServiceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of the docs tests. The chime-sdk-identity model comes from {@code ../shared/conformance} (system
 * property {@code shapegen.conformance.dir}), the seeds from its sibling {@code seeds} (or
 * {@code shapegen.seeds.dir}). Absent, tests skip with a message, except under {@code CI=true}, where they fail.
 */
final class DocsTestData {
    static final String CHIME_PACKAGE = "io.shapegen.services.chimesdkidentity";

    private static List<GeneratedFile> chimeDocs;

    private DocsTestData() {
    }

    static Path conformanceDir() {
        return required(Path.of(System.getProperty("shapegen.conformance.dir", "../../shared/conformance")),
                "The conformance data", "shapegen.conformance.dir");
    }

    static Path seedsDir() {
        String explicit = System.getProperty("shapegen.seeds.dir");
        Path dir = explicit != null ? Path.of(explicit)
                : Path.of(System.getProperty("shapegen.conformance.dir", "../../shared/conformance")).toAbsolutePath()
                        .normalize().resolveSibling("seeds");
        return required(dir, "The seed pages", "shapegen.seeds.dir");
    }

    private static Path required(Path path, String what, String property) {
        Path dir = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = what + " are not at " + dir + "; set -D" + property + " to run these tests.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " CI=true never skips them.");
            }
            assumeTrue(false, message);
        }
        return dir;
    }

    static ServiceModel chimeModel() {
        return ModelLoader.loadService(ModelSource.read(conformanceDir().resolve("chime-sdk-identity/service-2.json")));
    }

    static Map<String, Paginator> chimePaginators(ServiceModel model) {
        return ModelLoader.loadPaginators(
                ModelSource.read(conformanceDir().resolve("chime-sdk-identity/paginators-1.aws-sdks.json")), model);
    }

    static ServiceSpec chimeSpec() {
        return ServiceSpecResolver.resolve(chimeModel(), CHIME_PACKAGE);
    }

    /**
     * @return the chime docs with the built-in templates, rendered once per test run; as in the generated sample,
     *     whose plugin configuration has no paginators file, the paginators are inferred
     */
    static synchronized List<GeneratedFile> chimeDocs() {
        if (chimeDocs == null) {
            chimeDocs = MarkdownDocs.render(ServiceSpecResolver.resolve(chimeModel(), CHIME_PACKAGE), Optional.empty());
        }
        return chimeDocs;
    }

    /** @param files rendered pages @return their text by path, in path order */
    static Map<String, String> text(List<GeneratedFile> files) {
        Map<String, String> pages = new LinkedHashMap<>();
        files.forEach(file -> pages.put(file.relativePath(), new String(file.content(), StandardCharsets.UTF_8)));
        return pages;
    }

    /** @param resource a model in the test resources, for example {@code docs/hostile/service-2.json} */
    static ServiceModel resourceModel(String resource) {
        return ModelLoader.loadService(new ModelSource(resource, resourceBytes(resource)));
    }

    static Map<String, Paginator> resourcePaginators(String resource, ServiceModel model) {
        return ModelLoader.loadPaginators(new ModelSource(resource, resourceBytes(resource)), model);
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = DocsTestData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
