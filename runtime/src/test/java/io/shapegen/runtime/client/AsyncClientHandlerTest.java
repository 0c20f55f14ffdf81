package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import io.shapegen.runtime.testing.LoopbackServer;
import io.shapegen.runtime.testing.LoopbackServer.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The async handler over the default java.net.http transport, against a loopback server. */
class AsyncClientHandlerTest {
    private static final ServiceInfo SERVICE = new ServiceInfo("Example", "example", "example", "json", "1.1", "Ex");
    private static final MarshalledRequest REQUEST = new MarshalledRequest("Op", "POST", "/", List.of(),
            HttpHeaders.builder().add("X-Custom", "a b").build(), "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "");

    private static AsyncClientHandler handler(LoopbackServer server, RetryPolicy policy) {
        return new AsyncClientHandler(SERVICE, AsyncClientConfiguration.builder().region(Region.US_EAST_1)
                .endpointOverride(server.uri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsCredentials.create("AKID", "secret")))
                .retryPolicy(policy).build());
    }

    private static RetryPolicy noSleeping(int attempts, Duration delay) {
        return RetryPolicy.builder().maxAttempts(attempts).baseDelay(delay).random(() -> 0.5)
                .sleeper(d -> {
                    throw new AssertionError("an async client must not sleep");
                }).build();
    }

    @Test
    void sendsTheSignedRequestAndReadsTheResponse() throws Exception {
        try (LoopbackServer server = LoopbackServer.start().respond(r -> Answer.json(200, "{\"ok\":true}"));
                AsyncClientHandler handler = handler(server, RetryPolicy.none())) {
            String body = handler.execute(() -> REQUEST, response -> response.bodyAsUtf8(),
                    (details, response) -> new AwsServiceException(details), Set.of()).join();

            assertEquals("{\"ok\":true}", body);
            LoopbackServer.Received received = server.received().get(0);
            assertEquals("POST", received.method());
            assertEquals("{\"a\":1}", new String(received.body(), StandardCharsets.UTF_8));
            assertEquals("a b", received.header("x-custom"));
            assertEquals("Ex.Op", received.header("x-amz-target"));
            assertEquals("application/x-amz-json-1.1", received.header("content-type"));
            assertEquals("7", received.header("content-length"));
            assertEquals(server.uri().getAuthority(), received.header("host"));
            assertTrue(received.header("authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKID/"));
        }
    }

    @Test
    void retriesAreScheduledAndErrorsArriveAsTheMappedException() throws Exception {
        try (LoopbackServer server = LoopbackServer.start().respond(r -> new Answer(503,
                        Map.of("X-Amzn-ErrorType", "Unavailable"), "{}".getBytes(StandardCharsets.UTF_8)));
                AsyncClientHandler handler = handler(server, noSleeping(3, Duration.ofMillis(2)))) {
            CompletableFuture<String> call = handler.execute(() -> REQUEST, response -> "ok",
                    (details, response) -> new AwsServiceException(details), Set.of());

            CompletionException e = assertThrows(CompletionException.class, call::join);

            AwsServiceException mapped = assertInstanceOf(AwsServiceException.class, e.getCause());
            assertEquals("Unavailable", mapped.errorCode());
            assertEquals(3, server.received().size());
        }
    }

    @Test
    void cancellingTheFutureStopsItsRetries() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        try (LoopbackServer server = LoopbackServer.start().respond(r -> {
                    answered.incrementAndGet();
                    return new Answer(500, Map.of(), new byte[0]);
                });
                AsyncClientHandler handler = handler(server, noSleeping(5, Duration.ofMillis(200)))) {
            CompletableFuture<String> call = handler.execute(() -> REQUEST, response -> "ok",
                    (details, response) -> new AwsServiceException(details), Set.of());
            while (answered.get() == 0) {
                Thread.sleep(5);
            }

            assertTrue(call.cancel(true));
            Thread.sleep(600);

            assertEquals(1, server.received().size(), "no retry after the cancel");
        }
    }

    @Test
    void aMarshallingFailureIsAFailedFuture() throws Exception {
        try (LoopbackServer server = LoopbackServer.start();
                AsyncClientHandler handler = handler(server, RetryPolicy.none())) {
            CompletableFuture<String> call = handler.execute(() -> {
                throw new SdkClientException("missing label");
            }, response -> "ok", (details, response) -> new AwsServiceException(details), Set.of());

            assertInstanceOf(SdkClientException.class, assertThrows(CompletionException.class, call::join).getCause());
            assertTrue(server.received().isEmpty(), "nothing was sent");
        }
    }
}
