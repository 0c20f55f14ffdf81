package io.shapegen.runtime.client;

import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.AsyncHttpTransport;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How a generated async client talks to its service: the settings of a sync client's {@link ClientConfiguration}
 * (region, credentials, endpoint, timeouts, retries, idempotency tokens, clock, environment, with the same
 * defaults), an {@link AsyncHttpTransport} instead of a blocking one, and the executor that runs callbacks and
 * retries. Immutable; build with {@link #builder()}.
 */
public final class AsyncClientConfiguration {
    private final ClientConfiguration shared;
    private final Optional<AsyncHttpTransport> httpTransport;
    private final Optional<Executor> executor;

    private AsyncClientConfiguration(Builder builder) {
        this.shared = builder.shared.build();
        this.httpTransport = Optional.ofNullable(builder.httpTransport);
        this.executor = Optional.ofNullable(builder.executor);
        if (httpTransport.isPresent() && builder.timeoutsSet) {
            throw new IllegalArgumentException("connectTimeout and callTimeout configure the default transport, but an"
                    + " httpTransport was given too; set the timeouts on that transport instead.");
        }
    }

    /** @return a builder with nothing set (every default applies) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the settings shared with sync clients: region, credentials, endpoint, timeouts, retry policy,
     *     idempotency tokens, clock and environment (its {@code httpTransport} is never set)
     */
    public ClientConfiguration shared() {
        return shared;
    }

    /** @return the transport given in code, if any */
    public Optional<AsyncHttpTransport> httpTransport() {
        return httpTransport;
    }

    /** @return the executor given in code, if any */
    public Optional<Executor> executor() {
        return executor;
    }

    @Override
    public String toString() {
        return "Async" + shared + (executor.isPresent() ? " with an executor" : "");
    }

    /** Collects an {@link AsyncClientConfiguration}. Not thread-safe. */
    public static final class Builder {
        private final ClientConfiguration.Builder shared = ClientConfiguration.builder();
        private AsyncHttpTransport httpTransport;
        private Executor executor;
        private boolean timeoutsSet;

        private Builder() {
        }

        /**
         * @param region the region to call and sign for
         * @return this builder
         */
        public Builder region(Region region) {
            shared.region(region);
            return this;
        }

        /**
         * @param credentialsProvider where credentials come from
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            shared.credentialsProvider(credentialsProvider);
            return this;
        }

        /**
         * @param endpointOverride the endpoint to call instead of the region's
         * @return this builder
         */
        public Builder endpointOverride(URI endpointOverride) {
            shared.endpointOverride(endpointOverride);
            return this;
        }

        /**
         * @param httpTransport the transport to send with; the caller keeps ownership and closes it
         * @return this builder
         */
        public Builder httpTransport(AsyncHttpTransport httpTransport) {
            this.httpTransport = httpTransport;
            return this;
        }

        /**
         * @param connectTimeout connect timeout of the default transport (default 2 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            shared.connectTimeout(connectTimeout);
            timeoutsSet |= connectTimeout != null;
            return this;
        }

        /**
         * @param callTimeout longest wait for the response, default transport (default 30 s)
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            shared.callTimeout(callTimeout);
            timeoutsSet |= callTimeout != null;
            return this;
        }

        /**
         * @param retryPolicy how failures are retried (default {@link RetryPolicy#standard()}); its sleeper is not
         *     used, since an async client schedules retries instead of sleeping
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            shared.retryPolicy(retryPolicy);
            return this;
        }

        /**
         * @param supplier source of idempotency tokens (default random UUIDs)
         * @return this builder
         */
        public Builder idempotencyTokenSupplier(Supplier<String> supplier) {
            shared.idempotencyTokenSupplier(supplier);
            return this;
        }

        /**
         * @param clock the clock that dates signatures
         * @return this builder
         */
        public Builder clock(Clock clock) {
            shared.clock(clock);
            return this;
        }

        /**
         * @param environment where region and credentials are looked up
         * @return this builder
         */
        public Builder environment(Environment environment) {
            shared.environment(environment);
            return this;
        }

        /**
         * @param executor runs the default transport's callbacks, the reading of responses and the retries (default:
         *     the transport's own pool, and the common fork-join pool for retries); the caller keeps ownership
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** @return the configuration */
        public AsyncClientConfiguration build() {
            return new AsyncClientConfiguration(this);
        }
    }
}
