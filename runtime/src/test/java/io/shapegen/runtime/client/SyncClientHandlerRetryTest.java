package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.AwsServiceException;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SyncClientHandlerRetryTest {
    private static final ServiceInfo SERVICE = new ServiceInfo("Example", "example", "example", "json", "1.0", "Ex");
    private static final MarshalledRequest REQUEST =
            new MarshalledRequest("Op", "POST", "/", List.of(), HttpHeaders.empty(), new byte[] {'{', '}'}, "");

    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<Duration> sleeps = new ArrayList<>();

    private String call(RetryPolicy.Builder policy, Set<String> extraThrottlingCodes) {
        ClientConfiguration config = ClientConfiguration.builder().region(Region.US_EAST_1).httpTransport(transport)
                .credentialsProvider(StaticCredentialsProvider.create(AwsCredentials.create("AKID", "secret")))
                .retryPolicy(policy.random(() -> 0.999).sleeper(sleeps::add).build()).build();
        try (SyncClientHandler handler = new SyncClientHandler(SERVICE, config)) {
            return handler.execute(REQUEST, response -> "ok", (details, response) -> new AwsServiceException(details),
                    extraThrottlingCodes);
        }
    }

    private String call() {
        return call(RetryPolicy.builder(), Set.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void retriesTransientStatusesUpToThreeAttempts(int status) {
        transport.respond(status, "");

        AwsServiceException e = assertThrows(AwsServiceException.class, this::call);

        assertEquals(status, e.statusCode());
        assertEquals(3, transport.requests().size());
        assertEquals(2, sleeps.size());
    }

    @Test
    void succeedsWhenARetrySucceeds() {
        transport.respond(503, "").respond(500, "").respond(200, "");

        assertEquals("ok", call());
        assertEquals(3, transport.requests().size());
    }

    @Test
    void neverRetriesOtherClientErrors() {
        transport.respond(400, "ValidationException");

        AwsServiceException e = assertThrows(AwsServiceException.class, this::call);

        assertEquals("ValidationException", e.errorCode());
        assertEquals(1, transport.requests().size());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void retriesThrottlingCodesWhateverTheStatusIncludingTheModelsOwn() {
        transport.respond(400, "ThrottlingException").respond(400, "ModelThrottled").respond(200, "");

        assertEquals("ok", call(RetryPolicy.builder(), Set.of("ModelThrottled")));
        assertEquals(3, transport.requests().size());
    }

    @Test
    void retriesIoFailuresThenReportsThem() {
        transport.fail(new SocketTimeoutException("Read timed out"));

        SdkClientException e = assertThrows(SdkClientException.class, this::call);

        assertEquals(3, transport.requests().size());
        assertTrue(e.getMessage().contains("no answer within the call timeout"), e.getMessage());
        assertTrue(e.getMessage().contains("Made 3 attempts"), e.getMessage());
        assertTrue(e.getCause() instanceof SocketTimeoutException);
    }

    @Test
    void attemptsAreConfigurableAndBackoffIsBounded() {
        transport.fail(new IOException("Connection reset"));

        assertThrows(SdkClientException.class, () -> call(RetryPolicy.builder().maxAttempts(6)
                .baseDelay(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(250)), Set.of()));

        assertEquals(6, transport.requests().size());
        assertEquals(5, sleeps.size());
        assertTrue(sleeps.get(0).compareTo(Duration.ofMillis(100)) < 0, sleeps.toString());
        assertTrue(sleeps.get(1).compareTo(Duration.ofMillis(200)) < 0, sleeps.toString());
        for (Duration sleep : sleeps) {
            assertTrue(sleep.compareTo(Duration.ofMillis(250)) < 0, sleeps.toString());
        }
        assertTrue(sleeps.get(4).compareTo(Duration.ofMillis(240)) > 0, "capped, not shrunk: " + sleeps);
    }

    @Test
    void noRetriesWithRetryPolicyNone() {
        transport.respond(503, "");

        assertThrows(AwsServiceException.class, () -> call(RetryPolicy.none().toBuilder(), Set.of()));

        assertEquals(1, transport.requests().size());
    }

    @Test
    void eachAttemptCarriesTheSameBody() {
        transport.respond(503, "").respond(200, "");

        call();

        assertEquals(2, transport.requests().size());
        assertEquals(new String(transport.requests().get(0).body()), new String(transport.requests().get(1).body()));
    }
}
