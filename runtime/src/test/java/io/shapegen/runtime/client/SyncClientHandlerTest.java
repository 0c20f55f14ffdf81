package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import io.shapegen.runtime.AwsErrorDetails;
import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.auth.sigv4.SigV4Signer;
import io.shapegen.runtime.auth.sigv4.SigningParams;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import io.shapegen.runtime.protocol.SharedJsonFactory;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import io.shapegen.runtime.testing.LoopbackServer;
import io.shapegen.runtime.testing.LoopbackServer.Answer;
import io.shapegen.runtime.testing.LoopbackServer.Received;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncClientHandlerTest {
    private static final AwsCredentials CREDENTIALS =
            AwsCredentials.create("AKIDEXAMPLE", "secret-key-never-shown", "session-token-never-shown");
    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    private static final ServiceInfo JSON_SERVICE =
            new ServiceInfo("Example", "example", "example", "json", "1.1", "Example_20240101");
    private static final ServiceInfo REST_JSON_SERVICE =
            new ServiceInfo("Chime SDK Identity", "chime", "identity-chime", "rest-json", "1.1", "");
    private static final ErrorMapper GENERIC_ERRORS = (details, response) -> new AwsServiceException(details);

    @TempDir
    Path home;

    private LoopbackServer server;
    private final List<java.time.Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientConfiguration.Builder config() {
        return ClientConfiguration.builder().region(Region.US_EAST_1).endpointOverride(server.uri())
                .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .environment(Environment.of(Map.of(), Map.of(), home))
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).sleeper(sleeps::add).build());
    }

    private static MarshalledRequest jsonRequest(String operation, String body) {
        return new MarshalledRequest(operation, "POST", "/", List.of(), HttpHeaders.empty(),
                body.getBytes(StandardCharsets.UTF_8), "");
    }

    private static String readField(byte[] json, String field) throws IOException {
        try (JsonParser parser = SharedJsonFactory.get().createParser(json)) {
            parser.nextToken();
            String value = null;
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(field)) {
                    value = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return value;
        }
    }

    @Test
    void jsonCallArrivesSignedWithProtocolHeaders() throws IOException {
        server.respond(request -> Answer.json(200, "{\"Name\":\"ok\"}"));
        String output;
        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config().build())) {
            output = handler.execute(jsonRequest("CreateThing", "{\"Name\":\"a\"}"),
                    response -> readField(response.body(), "Name"), GENERIC_ERRORS, Set.of());
        }

        assertEquals("ok", output);
        Received received = server.received().get(0);
        assertEquals("application/x-amz-json-1.1", received.header("content-type"));
        assertEquals("Example_20240101.CreateThing", received.header("x-amz-target"));
        assertEquals("12", received.header("content-length"));
        assertEquals("20240102T030405Z", received.header("x-amz-date"));
        assertEquals("session-token-never-shown", received.header("x-amz-security-token"));
        assertTrue(received.header("user-agent").matches("shapegen/\\S+ java/\\S+"), received.header("user-agent"));
        assertTrue(received.header("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/"
                + "us-east-1/example/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date;"
                + "x-amz-security-token;x-amz-target, Signature="), received.header("authorization"));
        assertEquals(received.header("authorization"), recomputeAuthorization(received, "example"));
    }

    @Test
    void restJsonCallSendsPathQueryAndTheMarshallersHeaders() throws IOException {
        server.respond(request -> Answer.json(200, "{}"));
        MarshalledRequest request = new MarshalledRequest("ListAppInstanceUsers", "GET",
                "/app-instance-users?list-type=2", List.of(Map.entry("app-instance-arn", "arn:aws:chime:x/y"),
                Map.entry("max-results", "10"), Map.entry("tag", "a"), Map.entry("tag", "b c")),
                HttpHeaders.builder().add("X-Custom", "v").build(), null, "");
        try (SyncClientHandler handler = new SyncClientHandler(REST_JSON_SERVICE, config().build())) {
            handler.execute(request, response -> response.statusCode(), GENERIC_ERRORS, Set.of());
        }

        Received received = server.received().get(0);
        assertEquals("GET", received.method());
        assertEquals("/app-instance-users?list-type=2&app-instance-arn=arn%3Aaws%3Achime%3Ax%2Fy&max-results=10"
                + "&tag=a&tag=b%20c", received.rawPathAndQuery());
        assertEquals("v", received.header("x-custom"));
        assertNull(received.header("content-length"));
        assertNull(received.header("content-type"));
        assertNull(received.header("x-amz-target"));
        assertEquals(received.header("authorization"), recomputeAuthorization(received, "chime"));
    }

    @Test
    void errorResponseGoesThroughTheErrorMapper() {
        server.respond(request -> new Answer(404, Map.of("X-Amzn-ErrorType", "NotFoundException:http://x/",
                "x-amzn-RequestId", "rid-1", "Content-Type", "application/json"),
                "{\"Message\":\"No such user\",\"Code\":\"Ignored\"}".getBytes(StandardCharsets.UTF_8)));
        AtomicReference<AwsErrorDetails> seen = new AtomicReference<>();
        AwsServiceException modeled = new AwsServiceException(new AwsErrorDetails(404, "x", "y", "z"));
        ErrorMapper mapper = (details, response) -> {
            seen.set(details);
            return modeled;
        };

        try (SyncClientHandler handler = new SyncClientHandler(REST_JSON_SERVICE, config().build())) {
            AwsServiceException thrown = assertThrows(AwsServiceException.class,
                    () -> handler.execute(jsonRequest("DescribeUser", "{}"), response -> "unused", mapper, Set.of()));
            assertSame(modeled, thrown);
        }
        assertEquals(new AwsErrorDetails(404, "NotFoundException", "No such user", "rid-1"), seen.get());
        assertEquals(1, server.received().size(), "a 404 is not retried");
    }

    @Test
    void malformedJsonErrorBodyIsACleanClientException() {
        server.respond(request -> new Answer(400, Map.of("Content-Type", "text/html"),
                "<html>oops</html>".getBytes(StandardCharsets.UTF_8)));

        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config().build())) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> handler.execute(jsonRequest("CreateThing", "{}"), response -> "unused", GENERIC_ERRORS, Set.of()));
            assertTrue(e.getMessage().contains("CreateThing"), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
            assertTrue(e.getMessage().contains("not the JSON expected"), e.getMessage());
            assertTrue(e.getMessage().contains("text/html"), e.getMessage());
            assertFalse(e.getMessage().contains("oops"), e.getMessage());
        }
    }

    @Test
    void malformedJsonSuccessBodyIsACleanClientException() {
        server.respond(request -> Answer.json(200, "{\"Name\":"));

        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config().build())) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> handler.execute(
                    jsonRequest("CreateThing", "{}"), response -> readField(response.body(), "Name"), GENERIC_ERRORS,
                    Set.of()));
            assertTrue(e.getMessage().contains("Could not read the response of Example CreateThing"), e.getMessage());
        }
    }

    @Test
    void retriesAThrottledCallAndSignsEachAttemptAgain() {
        server.respond(request -> server.received().size() == 1
                ? new Answer(400, Map.of("X-Amzn-ErrorType", "ThrottlingException"), new byte[0])
                : Answer.json(200, "{}"));
        Instant[] times = {NOW, NOW.plusSeconds(1)};
        int[] tick = {0};
        Clock ticking = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return times[Math.min(tick[0]++, 1)];
            }
        };

        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config().clock(ticking).build())) {
            handler.execute(jsonRequest("CreateThing", "{\"Token\":\"t\"}"), response -> "ok", GENERIC_ERRORS, Set.of());
        }

        List<Received> received = server.received();
        assertEquals(2, received.size());
        assertEquals("20240102T030405Z", received.get(0).header("x-amz-date"));
        assertEquals("20240102T030406Z", received.get(1).header("x-amz-date"));
        assertEquals(new String(received.get(0).body(), StandardCharsets.UTF_8),
                new String(received.get(1).body(), StandardCharsets.UTF_8));
        assertEquals(List.of(java.time.Duration.ofMillis(50)), sleeps);
    }

    @Test
    void unreachableEndpointFailsAfterEveryAttemptWithAClearMessage() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        ClientConfiguration config = config().endpointOverride(URI.create("http://127.0.0.1:" + freePort)).build();

        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config)) {
            SdkClientException e = assertThrows(SdkClientException.class,
                    () -> handler.execute(jsonRequest("CreateThing", "{}"), response -> "unused", GENERIC_ERRORS, Set.of()));
            String message = e.getMessage();
            assertTrue(message.contains("http://127.0.0.1:" + freePort), message);
            assertTrue(message.contains("Made 3 attempts"), message);
            assertFalse(message.contains("secret-key-never-shown") || message.contains("session-token-never-shown"),
                    message);
        }
        assertEquals(2, sleeps.size());
    }

    @Test
    void missingRegionFailsAtConstructionWithWhereItLooked() {
        ClientConfiguration config = ClientConfiguration.builder()
                .environment(Environment.of(Map.of(), Map.of(), home)).build();

        SdkClientException e = assertThrows(SdkClientException.class, () -> new SyncClientHandler(JSON_SERVICE, config));

        assertTrue(e.getMessage().contains("No AWS region"), e.getMessage());
    }

    @Test
    void idempotencyTokensComeFromTheConfiguredSupplier() {
        ClientConfiguration config = config().idempotencyTokenSupplier(() -> "00000000-0000-4000-8000-000000000000")
                .build();
        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config)) {
            assertEquals("00000000-0000-4000-8000-000000000000", handler.newIdempotencyToken());
        }
        try (SyncClientHandler handler = new SyncClientHandler(JSON_SERVICE, config().build())) {
            assertEquals(36, handler.newIdempotencyToken().length());
        }
    }

    @Test
    void timeoutsAndACustomTransportDoNotMix() {
        assertThrows(IllegalArgumentException.class, () -> ClientConfiguration.builder()
                .httpTransport(new ScriptedTransport()).callTimeout(java.time.Duration.ofSeconds(1)).build());
    }

    /** Verifies a signature the way the service would: re-sign what arrived and compare. */
    private static String recomputeAuthorization(Received received, String service) {
        String authorization = received.header("authorization");
        String signedHeaders = authorization.substring(authorization.indexOf("SignedHeaders=") + 14,
                authorization.indexOf(", Signature="));
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (String name : signedHeaders.split(";")) {
            received.headers().get(name).forEach(value -> headers.add(name, value));
        }
        HttpRequest request = HttpRequest.builder().method(received.method())
                .uri(URI.create("http://" + received.header("host") + received.rawPathAndQuery()))
                .headers(headers.build()).body(received.body()).build();
        SigningParams params = SigningParams.builder().credentials(CREDENTIALS).region("us-east-1").serviceName(service)
                .signingTime(NOW).build();
        return SigV4Signer.create().sign(request, params).request().headers().firstValue("Authorization").orElseThrow();
    }
}
