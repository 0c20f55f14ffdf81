package com.example.weather;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.client.AsyncClientConfiguration;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.AsyncHttpTransport;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * Configures and builds a {@link WeatherAsyncClient}; start with {@link WeatherAsyncClient#builder()}.
 * Every setting is optional. Not thread-safe.
 */
@Generated("io.shapegen")
public final class WeatherAsyncClientBuilder {
    private final AsyncClientConfiguration.Builder configuration = AsyncClientConfiguration.builder();

    WeatherAsyncClientBuilder() {
    }

    /**
     * @param region the region to call and sign for; else {@code aws.region},
     *     {@code AWS_REGION} or the profile's region
     * @return this builder
     */
    public WeatherAsyncClientBuilder region(Region region) {
        configuration.region(region);
        return this;
    }

    /**
     * @param credentialsProvider where credentials come from; else the
     *     default chain (environment, system properties, profile)
     * @return this builder
     */
    public WeatherAsyncClientBuilder credentialsProvider(CredentialsProvider credentialsProvider) {
        configuration.credentialsProvider(credentialsProvider);
        return this;
    }

    /**
     * @param endpointOverride the endpoint to call instead of the region's, for example a local emulator
     * @return this builder
     */
    public WeatherAsyncClientBuilder endpointOverride(URI endpointOverride) {
        configuration.endpointOverride(endpointOverride);
        return this;
    }

    /**
     * @param httpTransport the transport to send with; you keep ownership and
     *     close it (else a {@code java.net.http} transport is created for the client)
     * @return this builder
     */
    public WeatherAsyncClientBuilder httpTransport(AsyncHttpTransport httpTransport) {
        configuration.httpTransport(httpTransport);
        return this;
    }

    /**
     * @param connectTimeout the connect timeout of the default transport (default 2 s)
     * @return this builder
     */
    public WeatherAsyncClientBuilder connectTimeout(Duration connectTimeout) {
        configuration.connectTimeout(connectTimeout);
        return this;
    }

    /**
     * @param callTimeout the longest wait for the response, default transport
     *     (default 30 s)
     * @return this builder
     */
    public WeatherAsyncClientBuilder callTimeout(Duration callTimeout) {
        configuration.callTimeout(callTimeout);
        return this;
    }

    /**
     * @param retryPolicy how failures are retried (default {@code RetryPolicy.standard()});
     *     retries are scheduled after their backoff, so the policy's sleeper is not used
     * @return this builder
     */
    public WeatherAsyncClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        configuration.retryPolicy(retryPolicy);
        return this;
    }

    /**
     * @param idempotencyTokenSupplier the source of
     *     idempotency tokens the request leaves out (default random UUIDs)
     * @return this builder
     */
    public WeatherAsyncClientBuilder idempotencyTokenSupplier(
            Supplier<String> idempotencyTokenSupplier) {
        configuration.idempotencyTokenSupplier(idempotencyTokenSupplier);
        return this;
    }

    /**
     * @param clock the clock that dates signatures (default the UTC system clock)
     * @return this builder
     */
    public WeatherAsyncClientBuilder clock(Clock clock) {
        configuration.clock(clock);
        return this;
    }

    /**
     * @param environment where region and credentials are looked up when not
     *     given (default the real environment)
     * @return this builder
     */
    public WeatherAsyncClientBuilder environment(Environment environment) {
        configuration.environment(environment);
        return this;
    }

    /**
     * @param executor runs the default transport's callbacks, the reading of
     *     responses and the retries; you keep ownership (default: the transport's own pool,
     *     and the common fork-join pool for retries)
     * @return this builder
     */
    public WeatherAsyncClientBuilder executor(Executor executor) {
        configuration.executor(executor);
        return this;
    }

    /**
     * @return a client with these settings; close it to release its connections
     * @throws SdkClientException if no region is configured anywhere
     * @throws IllegalArgumentException if a setting is invalid (for example timeouts together with an httpTransport)
     */
    public WeatherAsyncClient build() {
        return new DefaultWeatherAsyncClient(configuration.build());
    }
}
