package com.example.weather;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.client.ClientConfiguration;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.HttpTransport;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * Configures and builds a {@link WeatherClient}; start with {@link WeatherClient#builder()}.
 * Every setting is optional. Not thread-safe.
 */
@Generated("io.shapegen")
public final class WeatherClientBuilder {
    private final ClientConfiguration.Builder configuration = ClientConfiguration.builder();

    WeatherClientBuilder() {
    }

    /**
     * @param region the region to call and sign for; else {@code aws.region},
     *     {@code AWS_REGION} or the profile's region
     * @return this builder
     */
    public WeatherClientBuilder region(Region region) {
        configuration.region(region);
        return this;
    }

    /**
     * @param credentialsProvider where credentials come from; else the
     *     default chain (environment, system properties, profile)
     * @return this builder
     */
    public WeatherClientBuilder credentialsProvider(CredentialsProvider credentialsProvider) {
        configuration.credentialsProvider(credentialsProvider);
        return this;
    }

    /**
     * @param endpointOverride the endpoint to call instead of the region's, for example a local emulator
     * @return this builder
     */
    public WeatherClientBuilder endpointOverride(URI endpointOverride) {
        configuration.endpointOverride(endpointOverride);
        return this;
    }

    /**
     * @param httpTransport the transport to send with; you keep ownership and
     *     close it (else a socket transport is created and closed with the client)
     * @return this builder
     */
    public WeatherClientBuilder httpTransport(HttpTransport httpTransport) {
        configuration.httpTransport(httpTransport);
        return this;
    }

    /**
     * @param connectTimeout the connect timeout of the default transport (default 2 s)
     * @return this builder
     */
    public WeatherClientBuilder connectTimeout(Duration connectTimeout) {
        configuration.connectTimeout(connectTimeout);
        return this;
    }

    /**
     * @param callTimeout the longest wait for the service's next bytes, default
     *     transport (default 30 s)
     * @return this builder
     */
    public WeatherClientBuilder callTimeout(Duration callTimeout) {
        configuration.callTimeout(callTimeout);
        return this;
    }

    /**
     * @param retryPolicy how failures are retried: attempts and backoff (default
     *     {@code RetryPolicy.standard()}: 3 attempts; {@code RetryPolicy.none()} never retries)
     * @return this builder
     */
    public WeatherClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        configuration.retryPolicy(retryPolicy);
        return this;
    }

    /**
     * @param idempotencyTokenSupplier the source of
     *     idempotency tokens the request leaves out (default random UUIDs)
     * @return this builder
     */
    public WeatherClientBuilder idempotencyTokenSupplier(
            Supplier<String> idempotencyTokenSupplier) {
        configuration.idempotencyTokenSupplier(idempotencyTokenSupplier);
        return this;
    }

    /**
     * @param clock the clock that dates signatures (default the UTC system clock)
     * @return this builder
     */
    public WeatherClientBuilder clock(Clock clock) {
        configuration.clock(clock);
        return this;
    }

    /**
     * @param environment where region and credentials are looked up when not
     *     given (default the real environment)
     * @return this builder
     */
    public WeatherClientBuilder environment(Environment environment) {
        configuration.environment(environment);
        return this;
    }

    /**
     * @return a client with these settings; close it to release its connections
     * @throws SdkClientException if no region is configured anywhere
     * @throws IllegalArgumentException if a setting is invalid (for example timeouts together with an httpTransport)
     */
    public WeatherClient build() {
        return new DefaultWeatherClient(configuration.build());
    }
}
