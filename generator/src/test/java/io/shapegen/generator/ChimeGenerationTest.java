package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real chime-sdk-identity model: what is generated, and that it compiles cleanly. */
class ChimeGenerationTest {
    private static final String PACKAGE = "io.shapegen.services.chimesdkidentity";

    private static Path model() {
        return ConformanceData.dir().resolve("chime-sdk-identity/service-2.json");
    }

    @Test
    void resolvesTheNamesAnAwsSdkUserExpects() {
        ServiceSpec spec = ServiceSpecResolver.resolve(ModelLoader.loadService(ModelSource.read(model())), PACKAGE);
        assertEquals("ChimeSdkIdentity", spec.serviceName());
        assertEquals(PACKAGE + ".ChimeSdkIdentityClient", spec.clientInterface().canonicalName());
        assertEquals(PACKAGE + ".model.ChimeSdkIdentityException", spec.serviceException().canonicalName());
        assertEquals(30, spec.operations().size());
        assertEquals(9, spec.enums().size());
        assertEquals(9, spec.exceptions().size());
        long requestsAndResponses = spec.structures().stream()
                .filter(s -> s.role() != io.shapegen.generator.spec.StructureSpec.Role.MODEL).count();
        assertEquals(60, requestsAndResponses);
        assertEquals("createAppInstance", spec.operations().get(0).methodName());
        assertEquals(List.of("BAD_REQUEST", "CONFLICT", "FORBIDDEN", "NOT_FOUND", "PRECONDITION_FAILED",
                "RESOURCE_LIMIT_EXCEEDED", "SERVICE_FAILURE", "ACCESS_DENIED", "SERVICE_UNAVAILABLE", "THROTTLED",
                "THROTTLING", "UNAUTHORIZED", "UNPROCESSABLE", "VOICE_CONNECTOR_GROUP_ASSOCIATIONS_EXIST",
                "PHONE_NUMBER_ASSOCIATIONS_EXIST"),
                spec.enumFor("ErrorCode").orElseThrow().constants().stream().map(c -> c.name()).toList());
        assertEquals(List.of("CREATED_TIMESTAMP"),
                spec.enumFor("ExpirationCriterion").orElseThrow().constants().stream().map(c -> c.name()).toList());
        assertTrue(spec.structures().stream().anyMatch(s -> s.className().simpleName().equals("DeleteAppInstanceResponse")
                && s.members().isEmpty()), "operations without output get an empty response class");
    }

    @Test
    void generatesAndCompilesCleanly() {
        List<GeneratedFile> files = GeneratedSources.generate(model(), PACKAGE);
        // 100 model, enum, exception and client files; the builder, the implementation, the protocol class,
        // 30 operations, 9 exception readers and 20 JSON codecs of nested structures; 5 inferred paginators of 3
        // classes each; the async client, its builder and implementation.
        assertEquals(180, files.size());
        String client = files.stream().filter(f -> f.relativePath().endsWith("/ChimeSdkIdentityClient.java"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertEquals(60, client.split("\n    (default )?[A-Z]\\w+Response \\w+\\(").length - 1,
                "30 operations, each with a request and a Consumer<Builder> overload");
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }
}
