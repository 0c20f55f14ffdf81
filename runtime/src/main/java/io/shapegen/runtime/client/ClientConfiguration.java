package io.shapegen.runtime.client;

import io.shapegen.runtime.auth.CredentialsProvider;
import io.shapegen.runtime.config.Environment;
import io.shapegen.runtime.http.HttpTransport;
import io.shapegen.runtime.region.EndpointResolver;
import io.shapegen.runtime.region.Region;
import io.shapegen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How a generated client talks to its service. Immutable; build with {@link #builder()}. Everything
 * is optional:
 * <ul>
 *   <li>region: else {@code aws.region}, {@code AWS_REGION}, the profile's {@code region};</li>
 *   <li>credentials: else {@link io.shapegen.runtime.auth.DefaultCredentialsProvider};</li>
 *   <li>endpoint: else {@code https://{endpointPrefix}.{region}.amazonaws.com};</li>
 *   <li>transport: else a {@link io.shapegen.runtime.http.SocketHttpTransport} with the connect
 *       timeout (2 s) and call timeout (30 s) given here, closed with the client; a transport you
 *       pass is yours to configure and close;</li>
 *   <li>retries: {@link RetryPolicy#standard()}; idempotency tokens: random UUIDs; clock: UTC system
 *       clock (it dates the signatures); environment: the real one.</li>
 * </ul>
 */
public final class ClientConfiguration {
    /** The default connect timeout of the default transport. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** The default call (read) timeout of the default transport. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Optional<Region> region;
    private final Optional<CredentialsProvider> credentialsProvider;
    private final Optional<URI> endpointOverride;
    private final Optional<HttpTransport> httpTransport;
    private final Optional<Duration> connectTimeout;
    private final Optional<Duration> callTimeout;
    private final RetryPolicy retryPolicy;
    private final Supplier<String> idempotencyTokenSupplier;
    private final Clock clock;
    private final Environment environment;

    private ClientConfiguration(Builder builder) {
        this.region = Optional.ofNullable(builder.region);
        this.credentialsProvider = Optional.ofNullable(builder.credentialsProvider);
        this.endpointOverride = Optional.ofNullable(builder.endpointOverride).map(EndpointResolver::checkOverride);
        this.httpTransport = Optional.ofNullable(builder.httpTransport);
        this.connectTimeout = Optional.ofNullable(builder.connectTimeout).map(d -> positive(d, "connectTimeout"));
        this.callTimeout = Optional.ofNullable(builder.callTimeout).map(d -> positive(d, "callTimeout"));
        this.retryPolicy = Objects.requireNonNull(builder.retryPolicy, "retryPolicy");
        this.idempotencyTokenSupplier = Objects.requireNonNull(builder.idempotencyTokenSupplier, "idempotencyTokenSupplier");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.environment = Objects.requireNonNull(builder.environment, "environment");
        if (httpTransport.isPresent() && (connectTimeout.isPresent() || callTimeout.isPresent())) {
            throw new IllegalArgumentException("connectTimeout and callTimeout configure the default transport, but an"
                    + " httpTransport was given too; set the timeouts on that transport instead.");
        }
    }

    /** @return a builder with nothing set (every default applies) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with this configuration's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.region = region.orElse(null);
        builder.credentialsProvider = credentialsProvider.orElse(null);
        builder.endpointOverride = endpointOverride.orElse(null);
        builder.httpTransport = httpTransport.orElse(null);
        builder.connectTimeout = connectTimeout.orElse(null);
        builder.callTimeout = callTimeout.orElse(null);
        builder.retryPolicy = retryPolicy;
        builder.idempotencyTokenSupplier = idempotencyTokenSupplier;
        builder.clock = clock;
        builder.environment = environment;
        return builder;
    }

    /** @return the region given in code, if any */
    public Optional<Region> region() {
        return region;
    }

    /** @return the credentials provider given in code, if any */
    public Optional<CredentialsProvider> credentialsProvider() {
        return credentialsProvider;
    }

    /** @return the endpoint given in code, if any */
    public Optional<URI> endpointOverride() {
        return endpointOverride;
    }

    /** @return the transport given in code, if any */
    public Optional<HttpTransport> httpTransport() {
        return httpTransport;
    }

    /** @return the connect timeout of the default transport */
    public Duration connectTimeout() {
        return connectTimeout.orElse(DEFAULT_CONNECT_TIMEOUT);
    }

    /** @return the call timeout of the default transport: the longest wait for the service's next bytes */
    public Duration callTimeout() {
        return callTimeout.orElse(DEFAULT_CALL_TIMEOUT);
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return where idempotency tokens come from when the caller leaves them out */
    public Supplier<String> idempotencyTokenSupplier() {
        return idempotencyTokenSupplier;
    }

    /** @return the clock that dates signatures */
    public Clock clock() {
        return clock;
    }

    /** @return where region and credentials are looked up when not given in code */
    public Environment environment() {
        return environment;
    }

    @Override
    public String toString() {
        return "ClientConfiguration(region=" + region.map(Region::id).orElse("(resolved)")
                + ", endpointOverride=" + endpointOverride.map(URI::toString).orElse("(none)")
                + ", connectTimeout=" + connectTimeout() + ", callTimeout=" + callTimeout() + ", " + retryPolicy + ")";
    }

    private static Duration positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is " + duration + "; give a positive duration such as"
                    + " Duration.ofSeconds(5).");
        }
        return duration;
    }

    /** Collects a {@link ClientConfiguration}. Not thread-safe. */
    public static final class Builder {
        private Region region;
        private CredentialsProvider credentialsProvider;
        private URI endpointOverride;
        private HttpTransport httpTransport;
        private Duration connectTimeout;
        private Duration callTimeout;
        private RetryPolicy retryPolicy = RetryPolicy.standard();
        private Supplier<String> idempotencyTokenSupplier = () -> UUID.randomUUID().toString();
        private Clock clock = Clock.systemUTC();
        private Environment environment = Environment.system();

        private Builder() {
        }

        /**
         * @param region the region to call and sign for
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        /**
         * @param credentialsProvider where credentials come from
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        /**
         * @param endpointOverride the endpoint to call instead of the region's (for example a local emulator)
         * @return this builder
         */
        public Builder endpointOverride(URI endpointOverride) {
            this.endpointOverride = endpointOverride;
            return this;
        }

        /**
         * @param httpTransport the transport to send with; the caller keeps ownership and closes it
         * @return this builder
         */
        public Builder httpTransport(HttpTransport httpTransport) {
            this.httpTransport = httpTransport;
            return this;
        }

        /**
         * @param connectTimeout connect timeout of the default transport (default 2 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * @param callTimeout longest wait for the service's next bytes, default transport (default 30 s)
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * @param retryPolicy how failures are retried (default {@link RetryPolicy#standard()})
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /**
         * @param supplier source of idempotency tokens (default random UUIDs; tests fix it)
         * @return this builder
         */
        public Builder idempotencyTokenSupplier(Supplier<String> supplier) {
            this.idempotencyTokenSupplier = supplier;
            return this;
        }

        /**
         * @param clock the clock that dates signatures (tests fix it)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param environment where region and credentials are looked up (tests fix it)
         * @return this builder
         */
        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /** @return the configuration */
        public ClientConfiguration build() {
            return new ClientConfiguration(this);
        }
    }
}
