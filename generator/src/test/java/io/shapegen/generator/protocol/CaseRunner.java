package io.shapegen.generator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonString;
import io.shapegen.model.json.JsonValue;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.http.HttpResponse;
import io.shapegen.runtime.http.HttpTransport;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one protocol test case against a generated client: an input case builds the request from
 * {@code params}, captures what the client sends and compares it with {@code serialized}; an output case
 * answers with the canned response and compares the output with {@code result}, or the exception with
 * {@code errorCode}, {@code errorMessage} and {@code error}.
 */
final class CaseRunner {
    static final String TOKEN = "00000000-0000-4000-8000-000000000000";
    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final CredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));

    private final ConformanceFile.Suite suite;
    private final ClassLoader loader;
    private final WireValues values;

    CaseRunner(ConformanceFile.Suite suite, ClassLoader loader) {
        this.suite = suite;
        this.loader = loader;
        this.values = new WireValues(suite.spec(), loader);
    }

    /** A transport that records requests and answers with one response. */
    private static final class ScriptedTransport implements HttpTransport {
        private final List<HttpRequest> requests = new ArrayList<>();
        private final HttpResponse answer;

        ScriptedTransport(HttpResponse answer) {
            this.answer = answer;
        }

        @Override
        public HttpResponse execute(HttpRequest request) {
            requests.add(request);
            return answer;
        }

        @Override
        public void close() {
        }
    }

    void input(JsonObject testCase) throws Exception {
        ScriptedTransport transport = new ScriptedTransport(new HttpResponse(200, HttpHeaders.empty(), new byte[0]));
        OperationSpec operation = operation(testCase);
        call(operation, testCase.optionalObject("params").orElse(emptyObject(testCase)), transport);
        assertEquals(1, transport.requests.size(), "requests sent");
        HttpRequest sent = transport.requests.get(0);
        JsonObject expected = testCase.requiredObject("serialized");
        expected.optionalString("method").ifPresent(method -> assertEquals(method, sent.method(), "method"));
        expected.optionalString("uri").ifPresent(uri -> assertEquals(uri, sent.uri().getRawPath()
                + (sent.uri().getRawQuery() == null ? "" : "?" + sent.uri().getRawQuery()), "uri"));
        // "example.com/custom" means host example.com under the endpoint path /custom, which "uri" checks.
        expected.optionalString("host").ifPresent(host -> assertEquals(host.replaceFirst("/.*", ""),
                sent.uri().getHost(), "host"));
        expected.optionalObject("headers").ifPresent(headers -> headers.members().forEach((name, value) ->
                assertEquals(((JsonString) value).value(), sent.headers().firstValue(name).orElse("<absent>"),
                        "header " + name)));
        for (String name : strings(expected, "forbidHeaders")) {
            assertFalse(sent.headers().contains(name), "forbidden header " + name + " was sent");
        }
        for (String name : strings(expected, "requireHeaders")) {
            assertTrue(sent.headers().contains(name), "required header " + name + " is missing");
        }
        expected.optionalString("body").ifPresent(body -> assertBody(body, sent.body()));
    }

    void output(JsonObject testCase) throws Exception {
        JsonObject response = testCase.requiredObject("response");
        HttpHeaders.Builder headers = HttpHeaders.builder();
        response.optionalObject("headers").ifPresent(h -> h.members().forEach((name, value) ->
                headers.add(name, ((JsonString) value).value())));
        byte[] body = response.optionalString("body").map(JsonTrees::utf8).orElse(new byte[0]);
        int status = response.optionalNumber("status_code").orElseThrow().intValueExact();
        ScriptedTransport transport = new ScriptedTransport(new HttpResponse(status, headers.build(), body));
        OperationSpec operation = operation(testCase);
        if (testCase.has("errorCode")) {
            Throwable thrown = null;
            try {
                call(operation, emptyObject(testCase), transport);
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertError(testCase, assertInstanceOf(AwsServiceException.class, thrown, "the call must fail"));
            return;
        }
        Object output = call(operation, emptyObject(testCase), transport);
        JsonObject result = testCase.optionalObject("result").orElse(emptyObject(testCase));
        assertEquals(values.expectedMembers(operation.response().members(), result),
                values.plainMembers(operation.response().members(), output), "output");
    }

    private void assertError(JsonObject testCase, AwsServiceException error) throws ReflectiveOperationException {
        String code = testCase.requiredString("errorCode");
        assertEquals(code, error.errorCode(), "error code");
        testCase.optionalString("errorMessage").ifPresent(message -> assertEquals(message, error.errorMessage(),
                "error message"));
        ExceptionSpec modeled = suite.spec().exceptions().stream()
                .filter(e -> e.shape().name().equals(code) || e.errorCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("the model has no error " + code));
        assertEquals(modeled.className().reflectionName(), error.getClass().getName(), "exception class");
        JsonObject members = testCase.optionalObject("error").orElse(emptyObject(testCase));
        members.optionalString("Message").ifPresent(message -> assertEquals(message, error.errorMessage(),
                "error message"));
        assertEquals(values.expectedMembers(modeled.members(), members), values.plainMembers(modeled.members(), error),
                "modeled members of the error");
    }

    private Object call(OperationSpec operation, JsonObject params, ScriptedTransport transport) throws Exception {
        Object client = client(transport);
        try {
            Object request = values.structure(operation.request(), params);
            Method method = loader.loadClass(suite.spec().clientInterface().reflectionName())
                    .getMethod(operation.methodName(), request.getClass());
            return method.invoke(client, request);
        } finally {
            ((AutoCloseable) client).close();
        }
    }

    private Object client(HttpTransport transport) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(suite.spec().clientInterface().reflectionName());
        Object builder = type.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        Supplier<String> tokens = () -> TOKEN;
        builderType.getMethod("region", Region.class).invoke(builder, Region.US_EAST_1);
        builderType.getMethod("credentialsProvider", CredentialsProvider.class).invoke(builder, CREDENTIALS);
        builderType.getMethod("endpointOverride", URI.class).invoke(builder, URI.create(suite.endpoint()));
        builderType.getMethod("httpTransport", HttpTransport.class).invoke(builder, transport);
        builderType.getMethod("retryPolicy", RetryPolicy.class).invoke(builder, RetryPolicy.none());
        builderType.getMethod("idempotencyTokenSupplier", Supplier.class).invoke(builder, tokens);
        builderType.getMethod("clock", Clock.class).invoke(builder, Clock.fixed(NOW, ZoneOffset.UTC));
        builderType.getMethod("environment", Environment.class).invoke(builder,
                Environment.of(Map.of(), Map.of(), Path.of("/nonexistent-home")));
        return builderType.getMethod("build").invoke(builder);
    }

    private OperationSpec operation(JsonObject testCase) {
        String name = testCase.requiredObject("given").requiredString("name");
        return suite.spec().operations().stream().filter(o -> o.operation().name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static void assertBody(String expected, byte[] actual) {
        String text = new String(actual, StandardCharsets.UTF_8);
        if (expected.isEmpty()) {
            assertEquals("", text, "body");
            return;
        }
        Object expectedJson;
        try {
            expectedJson = JsonTrees.plain(JsonTrees.parse("expected body", JsonTrees.utf8(expected)));
        } catch (RuntimeException notJson) {
            assertEquals(expected, text, "body");
            return;
        }
        Object actualJson;
        try {
            actualJson = JsonTrees.plain(JsonTrees.parse("sent body", actual));
        } catch (RuntimeException notJson) {
            assertEquals(expected, text, "body");
            return;
        }
        assertEquals(expectedJson, actualJson, "body as JSON");
    }

    private static List<String> strings(JsonObject object, String key) {
        List<String> names = new ArrayList<>();
        object.optionalArray(key).ifPresent(array -> {
            for (JsonValue value : array.elements()) {
                names.add(((JsonString) value).value());
            }
        });
        return names;
    }

    private static JsonObject emptyObject(JsonObject near) {
        return new JsonObject(Map.of(), near.position());
    }
}
