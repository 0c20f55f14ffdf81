package io.shapegen.runtime.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The AWS "standard" retry mode: up to {@link #maxAttempts()} attempts (3 by default), waiting before
 * retry {@code n} a random time in {@code [0, min(maxBackoff, baseDelay * 2^(n-1)))} (exponential
 * backoff with full jitter; 100 ms and 20 s by default). What is retried is decided by
 * {@link RetryableErrors}. Immutable; {@link #none()} never retries.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxBackoff;
    private final DoubleSupplier random;
    private final Sleeper sleeper;
    private final boolean retryQuotaEnabled;

    private RetryPolicy(Builder builder) {
        if (builder.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is " + builder.maxAttempts + "; give 1 (no retries) or more.");
        }
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = nonNegative(builder.baseDelay, "baseDelay");
        this.maxBackoff = nonNegative(builder.maxBackoff, "maxBackoff");
        this.random = Objects.requireNonNull(builder.random, "random");
        this.sleeper = Objects.requireNonNull(builder.sleeper, "sleeper");
        this.retryQuotaEnabled = builder.retryQuotaEnabled;
    }

    /** @return the standard policy: 3 attempts, 100 ms base delay, 20 s cap */
    public static RetryPolicy standard() {
        return builder().build();
    }

    /** @return a policy that makes one attempt only */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** @return a builder with the standard values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with this policy's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.maxAttempts = maxAttempts;
        builder.baseDelay = baseDelay;
        builder.maxBackoff = maxBackoff;
        builder.random = random;
        builder.sleeper = sleeper;
        builder.retryQuotaEnabled = retryQuotaEnabled;
        return builder;
    }

    /** @return the most attempts per call, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the base of the exponential backoff */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the longest wait between two attempts */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return what waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return whether retries draw on a client-wide quota, so an outage does not multiply the load by the attempts */
    public boolean retryQuotaEnabled() {
        return retryQuotaEnabled;
    }

    /**
     * @param retry which retry is next: 1 for the second attempt, 2 for the third…
     * @return how long to wait before it
     */
    public Duration delayBeforeRetry(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is " + retry + "; the first retry is 1.");
        }
        int shift = Math.min(retry - 1, 30);
        long baseNanos = baseDelay.toNanos();
        long ceiling = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
        ceiling = Math.min(ceiling, maxBackoff.toNanos());
        double factor = random.getAsDouble();
        if (factor < 0 || factor >= 1) {
            throw new IllegalStateException("The retry policy's random source returned " + factor
                    + "; it must return values in [0, 1).");
        }
        return Duration.ofNanos((long) (ceiling * factor));
    }

    @Override
    public String toString() {
        return "RetryPolicy(maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxBackoff=" + maxBackoff
                + ", retryQuota=" + retryQuotaEnabled + ")";
    }

    private static Duration nonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " is " + duration + "; give zero or a positive duration.");
        }
        return duration;
    }

    /** Collects a {@link RetryPolicy}. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Sleeper sleeper = Sleeper.THREAD_SLEEP;
        private boolean retryQuotaEnabled = true;

        private Builder() {
        }

        /**
         * @param maxAttempts attempts per call, the first included (default 3)
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay base of the exponential backoff (default 100 ms)
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        /**
         * @param maxBackoff longest wait between attempts (default 20 s)
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * @param random source of jitter, values in [0, 1); tests fix it
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        /**
         * @param sleeper what waits between attempts; tests record instead of sleeping
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * @param enabled draw retries from a client-wide quota (default true)
         * @return this builder
         */
        public Builder retryQuotaEnabled(boolean enabled) {
            this.retryQuotaEnabled = enabled;
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
