package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourResolver;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.Paginator;
import io.shapegen.model.ServiceModel;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Paginators: inferred from the real chime-sdk-identity model, read from a paginators file with several nested
 * tokens and a more_results flag, chosen by the flavour, and the code generated for them paging against a
 * loopback server (the driver in {@code src/test/resources/paging}).
 */
class PaginatorGenerationTest {
    private static final String CATALOG = "com.example.catalog";

    private static ServiceModel catalog() {
        return ModelLoader.loadService(ModelSource.read(GeneratedSources.resource("paging/service-2.json")));
    }

    private static Map<String, Paginator> catalogFile(ServiceModel model) {
        return ModelLoader.loadPaginators(ModelSource.read(GeneratedSources.resource("paging/paginators-1.json")), model);
    }

    private static Flavour flavour(Map<String, String> options) {
        Map<String, String> all = new TreeMap<>(options);
        all.put("basePackage", CATALOG);
        return FlavourResolver.resolve(Optional.empty(), List.of(FlavourResolver.inline("test", all)));
    }

    private static String describe(PaginatorSpec p) {
        return p.operation().operation().name() + " " + p.methodName() + " tokens="
                + p.tokens().stream().map(t -> t.input().member().name() + "<-" + t.output().path()).toList()
                + " limit=" + p.limitKey().map(m -> m.member().name()).orElse("-")
                + " more=" + p.moreResults().map(PaginatorSpec.MemberPath::path).orElse("-")
                + " items=" + p.items().stream().map(i -> i.methodName() + ":" + i.itemType()).toList();
    }

    @Test
    void chimeInfersExactlyTheAwsSdksFiveAndTheirItems() {
        ServiceModel model = ModelLoader.loadService(ModelSource.read(
                ConformanceData.dir().resolve("chime-sdk-identity/service-2.json")));
        Map<String, Paginator> awsSdks = ModelLoader.loadPaginators(ModelSource.read(
                ConformanceData.dir().resolve("chime-sdk-identity/paginators-1.aws-sdks.json")), model);

        ServiceSpec spec = ServiceSpecResolver.resolve(model, "io.shapegen.services.chimesdkidentity");

        assertEquals(awsSdks.keySet().stream().sorted().toList(),
                spec.paginators().stream().map(p -> p.operation().operation().name()).toList());
        for (PaginatorSpec paginator : spec.paginators()) {
            Paginator expected = awsSdks.get(paginator.operation().operation().name());
            assertEquals(PaginatorSpec.Source.INFERRED, paginator.source());
            assertEquals(expected.inputTokens(), paginator.tokens().stream().map(t -> t.input().member().name()).toList());
            assertEquals(expected.outputTokens(), paginator.tokens().stream().map(t -> t.output().path()).toList());
            assertEquals(expected.limitKey(), paginator.limitKey().map(m -> m.member().name()));
            assertTrue(expected.resultKeys().isEmpty(), "the AWS SDK's paginators have no result key");
        }
        assertEquals(List.of(
                "ListAppInstanceAdmins listAppInstanceAdminsPaginator tokens=[NextToken<-NextToken] limit=MaxResults more=-"
                        + " items=[appInstanceAdmins:io.shapegen.services.chimesdkidentity.model.AppInstanceAdminSummary]",
                "ListAppInstanceBots listAppInstanceBotsPaginator tokens=[NextToken<-NextToken] limit=MaxResults more=-"
                        + " items=[appInstanceBots:io.shapegen.services.chimesdkidentity.model.AppInstanceBotSummary]",
                "ListAppInstanceUserEndpoints listAppInstanceUserEndpointsPaginator tokens=[NextToken<-NextToken]"
                        + " limit=MaxResults more=- items=[appInstanceUserEndpoints:"
                        + "io.shapegen.services.chimesdkidentity.model.AppInstanceUserEndpointSummary]",
                "ListAppInstanceUsers listAppInstanceUsersPaginator tokens=[NextToken<-NextToken] limit=MaxResults more=-"
                        + " items=[appInstanceUsers:io.shapegen.services.chimesdkidentity.model.AppInstanceUserSummary]",
                "ListAppInstances listAppInstancesPaginator tokens=[NextToken<-NextToken] limit=MaxResults more=-"
                        + " items=[appInstances:io.shapegen.services.chimesdkidentity.model.AppInstanceSummary]"),
                spec.paginators().stream().map(PaginatorGenerationTest::describe).toList());
    }

    @Test
    void aPaginatorsFileWithSeveralNestedTokensAndMoreResults() {
        ServiceModel model = catalog();

        ServiceSpec spec = ServiceSpecResolver.resolve(model, flavour(Map.of()), Optional.of(catalogFile(model)));

        assertEquals(List.of(
                "ListBooks listBooksPaginator2 tokens=[NextToken<-NextToken] limit=MaxResults more=-"
                        + " items=[books:com.example.catalog.model.Book]",
                "ListShelves listShelvesPaginator tokens=[Marker<-Paging.NextMarker, SubMarker<-Paging.NextSubMarker]"
                        + " limit=Limit more=Paging.Truncated items=[shelves:com.example.catalog.model.Shelf,"
                        + " labels:java.lang.String]"),
                spec.paginators().stream().map(PaginatorGenerationTest::describe).toList());
        PaginatorSpec shelves = spec.paginators().get(1);
        assertEquals(PaginatorSpec.Source.FILE, shelves.source());
        assertEquals("com.example.catalog.paginators.ListShelvesIterable", shelves.iterableClass().canonicalName());
        assertEquals("com.example.catalog.paginators.ListShelvesPublisher",
                shelves.publisherClass().orElseThrow().canonicalName());
        assertEquals("pagingNextMarker", shelves.tokens().get(0).output().readerName());
        assertEquals("com.example.catalog.CatalogAsyncClient",
                spec.asyncClient().orElseThrow().asyncInterface().canonicalName());
    }

    @Test
    void theFlavourDecidesWhereThePaginatorsComeFrom() {
        ServiceModel model = catalog();
        Optional<Map<String, Paginator>> file = Optional.of(catalogFile(model));
        java.util.function.BiFunction<Map<String, String>, Optional<Map<String, Paginator>>, List<String>> names =
                (options, paginators) -> ServiceSpecResolver.resolve(model, flavour(options), paginators).paginators()
                        .stream().map(p -> p.operation().operation().name()).toList();

        assertEquals(List.of("ListBooks"), names.apply(Map.of(), Optional.empty()), "no file: inferred");
        assertEquals(List.of("ListBooks", "ListShelves"), names.apply(Map.of(), file), "a file: the file");
        assertEquals(List.of("ListBooks"), names.apply(Map.of("paginators", "inferred"), file));
        assertEquals(List.of(), names.apply(Map.of("paginators", "file"), Optional.empty()));
        assertEquals(List.of(), names.apply(Map.of("paginators", "off"), file));
    }

    @Test
    void withoutAnAsyncClientThereAreNoPublishers() {
        ServiceModel model = catalog();

        ServiceSpec spec = ServiceSpecResolver.resolve(model, flavour(Map.of("async", "false")),
                Optional.of(catalogFile(model)));
        List<String> files = Generator.render(spec).stream().map(GeneratedFile::relativePath).toList();

        assertTrue(spec.asyncClient().isEmpty());
        assertTrue(spec.paginators().stream().allMatch(p -> p.publisherClass().isEmpty()));
        assertTrue(files.contains("com/example/catalog/paginators/ListShelvesIterable.java"), files.toString());
        assertTrue(files.stream().noneMatch(f -> f.contains("Async") || f.contains("Publisher")), files.toString());
        assertThat(GeneratedSources.compile(Generator.render(spec))).succeededWithoutWarnings();
    }

    @Test
    void aPaginatorNamingAMissingMemberFailsWhereItIsWritten() {
        ServiceModel model = catalog();
        String json = "{\"pagination\": {\"ListShelves\": {\"input_token\": \"Marker\",\n"
                + "  \"output_token\": \"Paging.NextMark\", \"result_key\": \"Shelves\"}}}";
        Map<String, Paginator> file = ModelLoader.loadPaginators(
                new ModelSource("paginators-1.json", json.getBytes(StandardCharsets.UTF_8)), model);

        ModelException e = assertThrows(ModelException.class,
                () -> ServiceSpecResolver.resolve(model, flavour(Map.of()), Optional.of(file)));

        assertTrue(e.getMessage().contains("paginators-1.json") && e.getMessage().contains("/pagination/ListShelves")
                && e.getMessage().contains("\"NextMark\"") && e.getMessage().contains("NextMarker, NextSubMarker"),
                e.getMessage());
    }

    @Test
    void expressionsBeyondMemberPathsLeaveThePaginatorOut() {
        ServiceModel model = catalog();
        String json = "{\"pagination\": {\"ListBooks\": {\"input_token\": \"NextToken\","
                + " \"output_token\": \"NextToken || Books[-1].Title\"}}}";
        Map<String, Paginator> file = ModelLoader.loadPaginators(
                new ModelSource("paginators-1.json", json.getBytes(StandardCharsets.UTF_8)), model);

        assertEquals(List.of(), ServiceSpecResolver.resolve(model, flavour(Map.of()), Optional.of(file)).paginators());
    }

    @Test
    void theGeneratedCodeCompilesCleanlyAndPages() throws ReflectiveOperationException {
        ServiceModel model = catalog();
        List<GeneratedFile> files = Generator.render(
                ServiceSpecResolver.resolve(model, flavour(Map.of()), Optional.of(catalogFile(model))));

        Compilation compilation = GeneratedSources.compile(files, JavaFileObjects.forResource("paging/PagingDriver.java"));

        assertThat(compilation).succeededWithoutWarnings();
        try {
            GeneratedSources.classLoader(compilation).loadClass("com.example.catalog.driver.PagingDriver")
                    .getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the driver failed: " + e.getCause(), e.getCause());
        }
    }
}
