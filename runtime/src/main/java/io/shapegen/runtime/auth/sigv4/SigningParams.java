package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.auth.AwsCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a SigV4 signature is made with: credentials, scope (region and service), time, and the
 * options that differ between services. Immutable; build with {@link #builder()}.
 */
public final class SigningParams {
    private static final Duration MAX_EXPIRATION = Duration.ofDays(7);

    private final AwsCredentials credentials;
    private final String region;
    private final String serviceName;
    private final Instant signingTime;
    private final boolean normalizePath;
    private final boolean doubleUrlEncode;
    private final boolean contentSha256Header;
    private final boolean omitSessionToken;
    private final Duration expiration;

    private SigningParams(Builder builder) {
        this.credentials = Objects.requireNonNull(builder.credentials, "credentials");
        this.region = requireText(builder.region, "region", "us-east-1");
        this.serviceName = requireText(builder.serviceName, "serviceName", "the model's signingName, such as chime");
        this.signingTime = Objects.requireNonNull(builder.signingTime, "signingTime");
        this.normalizePath = builder.normalizePath;
        this.doubleUrlEncode = builder.doubleUrlEncode;
        this.contentSha256Header = builder.contentSha256Header;
        this.omitSessionToken = builder.omitSessionToken;
        this.expiration = Objects.requireNonNull(builder.expiration, "expiration");
        if (expiration.compareTo(Duration.ofSeconds(1)) < 0 || expiration.compareTo(MAX_EXPIRATION) > 0) {
            throw new IllegalArgumentException("A presigned URL's expiration is " + expiration + "; SigV4 allows"
                    + " 1 second to 7 days.");
        }
    }

    /** @return a builder; credentials, region, service name and signing time are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with this object's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.credentials = credentials;
        builder.region = region;
        builder.serviceName = serviceName;
        builder.signingTime = signingTime;
        builder.normalizePath = normalizePath;
        builder.doubleUrlEncode = doubleUrlEncode;
        builder.contentSha256Header = contentSha256Header;
        builder.omitSessionToken = omitSessionToken;
        builder.expiration = expiration;
        return builder;
    }

    /** @return the credentials */
    public AwsCredentials credentials() {
        return credentials;
    }

    /** @return the region of the credential scope, for example {@code us-east-1} */
    public String region() {
        return region;
    }

    /** @return the service of the credential scope: the model's {@code signingName} */
    public String serviceName() {
        return serviceName;
    }

    /** @return the time the signature claims ({@code X-Amz-Date}) */
    public Instant signingTime() {
        return signingTime;
    }

    /** @return whether {@code .}, {@code ..} and empty path segments are removed before signing (not for S3) */
    public boolean normalizePath() {
        return normalizePath;
    }

    /** @return whether the already-encoded path is encoded once more (every service but S3) */
    public boolean doubleUrlEncode() {
        return doubleUrlEncode;
    }

    /** @return whether to send and sign {@code x-amz-content-sha256} (header signing only) */
    public boolean contentSha256Header() {
        return contentSha256Header;
    }

    /** @return whether the session token is added after signing instead of being signed */
    public boolean omitSessionToken() {
        return omitSessionToken;
    }

    /** @return how long a presigned URL stays valid */
    public Duration expiration() {
        return expiration;
    }

    @Override
    public String toString() {
        return "SigningParams(" + credentials + ", region=" + region + ", service=" + serviceName + ", time="
                + signingTime + ")";
    }

    private static String requireText(String value, String name, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The signing " + name + " is missing; give one, for example " + example
                    + ".");
        }
        return value;
    }

    /** Collects {@link SigningParams}. Not thread-safe. */
    public static final class Builder {
        private AwsCredentials credentials;
        private String region;
        private String serviceName;
        private Instant signingTime;
        private boolean normalizePath = true;
        private boolean doubleUrlEncode = true;
        private boolean contentSha256Header;
        private boolean omitSessionToken;
        private Duration expiration = Duration.ofMinutes(15);

        private Builder() {
        }

        /**
         * @param credentials the key pair (and session token) to sign with
         * @return this builder
         */
        public Builder credentials(AwsCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * @param region the region of the scope
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param serviceName the service of the scope (the model's signingName)
         * @return this builder
         */
        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /**
         * @param signingTime the time to sign at; fix it in tests
         * @return this builder
         */
        public Builder signingTime(Instant signingTime) {
            this.signingTime = signingTime;
            return this;
        }

        /**
         * @param normalizePath remove dot and empty segments (default true; false for S3)
         * @return this builder
         */
        public Builder normalizePath(boolean normalizePath) {
            this.normalizePath = normalizePath;
            return this;
        }

        /**
         * @param doubleUrlEncode encode the encoded path again (default true; false for S3)
         * @return this builder
         */
        public Builder doubleUrlEncode(boolean doubleUrlEncode) {
            this.doubleUrlEncode = doubleUrlEncode;
            return this;
        }

        /**
         * @param contentSha256Header add and sign {@code x-amz-content-sha256} (default false)
         * @return this builder
         */
        public Builder contentSha256Header(boolean contentSha256Header) {
            this.contentSha256Header = contentSha256Header;
            return this;
        }

        /**
         * @param omitSessionToken add the token after signing (default false: signed)
         * @return this builder
         */
        public Builder omitSessionToken(boolean omitSessionToken) {
            this.omitSessionToken = omitSessionToken;
            return this;
        }

        /**
         * @param expiration validity of a presigned URL, 1 s to 7 days (default 15 minutes)
         * @return this builder
         */
        public Builder expiration(Duration expiration) {
            this.expiration = expiration;
            return this;
        }

        /** @return the parameters */
        public SigningParams build() {
            return new SigningParams(this);
        }
    }
}
