package io.shapegen.generator.protocol;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.shapegen.generator.GeneratedSources;
import io.shapegen.generator.Generator;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.http.HttpTransport;
import io.shapegen.runtime.region.Region;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A structure with more members than one method may hold the code of: its JSON is written and read by chunk
 * methods, and a value sent as a request body and read back as a response is the same value.
 */
class LargeStructureWireTest {
    private static final int MEMBERS = 900;

    @Test
    void aLargeStructureRoundTripsThroughChunkedCode() throws Exception {
        StringBuilder json = new StringBuilder("{\"metadata\":{\"protocol\":\"json\",\"jsonVersion\":\"1.1\","
                + "\"targetPrefix\":\"Big\",\"serviceId\":\"Big\",\"endpointPrefix\":\"big\"},\"operations\":{\"Echo\":{"
                + "\"name\":\"Echo\",\"input\":{\"shape\":\"Big\"},\"output\":{\"shape\":\"Big\"}}},\"shapes\":{"
                + "\"S\":{\"type\":\"string\"},\"Big\":{\"type\":\"structure\",\"members\":{\"Nested\":{\"shape\":\"Big\"}");
        for (int i = 0; i < MEMBERS; i++) {
            json.append(",\"M").append(i).append("\":{\"shape\":\"S\"}");
        }
        json.append("}}}}");
        List<GeneratedFile> files = Generator.render(ServiceSpecResolver.resolve(ModelLoader.loadService(
                new ModelSource("big.json", json.toString().getBytes(StandardCharsets.UTF_8))), "com.example.big"));
        String operation = files.stream().filter(f -> f.relativePath().endsWith("internal/EchoOperation.java"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(operation.contains("private static void writeBody$2(") && operation.contains("readBody$2("),
                "the body code is split into chunks");
        Compilation compilation = GeneratedSources.compile(files);
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = GeneratedSources.classLoader(compilation);

        Class<?> big = loader.loadClass("com.example.big.model.Big");
        Object builder = big.getMethod("builder").invoke(null);
        for (int i = 0; i < MEMBERS; i += 7) {
            builder.getClass().getMethod("m" + i, String.class).invoke(builder, "value " + i);
        }
        Object nested = builder.getClass().getMethod("build").invoke(builder);
        builder.getClass().getMethod("nested", big).invoke(builder, nested);
        Object request = builder.getClass().getMethod("build").invoke(builder);

        List<HttpRequest> sent = new ArrayList<>();
        HttpTransport echo = new HttpTransport() {
            @Override
            public HttpResponse execute(HttpRequest httpRequest) {
                sent.add(httpRequest);
                return new HttpResponse(200, HttpHeaders.empty(), httpRequest.body());
            }

            @Override
            public void close() {
            }
        };
        Class<?> clientType = loader.loadClass("com.example.big.BigClient");
        Object clientBuilder = clientType.getMethod("builder").invoke(null);
        Class<?> builderType = clientBuilder.getClass();
        builderType.getMethod("region", Region.class).invoke(clientBuilder, Region.US_EAST_1);
        builderType.getMethod("endpointOverride", URI.class).invoke(clientBuilder, URI.create("https://example.com"));
        builderType.getMethod("httpTransport", HttpTransport.class).invoke(clientBuilder, echo);
        builderType.getMethod("credentialsProvider", CredentialsProvider.class).invoke(clientBuilder,
                StaticCredentialsProvider.create(AwsCredentials.create("AKID", "secret")));
        try (AutoCloseable client = (AutoCloseable) builderType.getMethod("build").invoke(clientBuilder)) {
            Object response = clientType.getMethod("echo", big).invoke(client, request);
            assertEquals(request, response);
        }
        String body = new String(sent.get(0).body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{\"Nested\":{\"M0\":\"value 0\",\"M7\":\"value 7\""), body.substring(0, 80));
        assertEquals("Big.Echo", sent.get(0).headers().firstValue("X-Amz-Target").orElseThrow());
    }
}
