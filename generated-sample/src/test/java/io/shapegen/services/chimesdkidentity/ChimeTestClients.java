package io.shapegen.services.chimesdkidentity;

import io.shapegen.runtime.auth.AwsCredentials;
import io.shapegen.runtime.auth.StaticCredentialsProvider;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients of the fake service as a test configures them: fixed credentials, clock and tokens; no real sleeps. */
final class ChimeTestClients {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "session-token-must-never-show";
    static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");
    static final String TOKEN = "00000000-0000-4000-8000-000000000000";

    /** The waits the retry policy asked for, instead of sleeping. */
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** @return an async client builder with the settings of {@link #builder}; retries are scheduled, not slept */
    ChimeSdkIdentityAsyncClientBuilder asyncBuilder(FakeChime server) {
        return ChimeSdkIdentityAsyncClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(server.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .idempotencyTokenSupplier(() -> TOKEN)
                .environment(Environment.of(Map.of(), Map.of(), Path.of("/nonexistent-home")))
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).baseDelay(Duration.ofMillis(2)).sleeper(d -> {
                    throw new AssertionError("an async client must not sleep a thread");
                }).build());
    }

    ChimeSdkIdentityClientBuilder builder(FakeChime server) {
        return ChimeSdkIdentityClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(server.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .idempotencyTokenSupplier(() -> TOKEN)
                .environment(Environment.of(Map.of(), Map.of(), Path.of("/nonexistent-home")))
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).sleeper(sleeps::add).build());
    }
}
