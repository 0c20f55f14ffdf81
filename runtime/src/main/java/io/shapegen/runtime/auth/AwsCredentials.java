package io.shapegen.runtime.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An AWS access key pair, with a session token for temporary credentials.
 *
 * <p>{@link #toString()} shows the access key id only; the secret key and session token never
 * appear in a message, log line or string form.
 *
 * @param accessKeyId the access key id, for example {@code AKIAIOSFODNN7EXAMPLE}
 * @param secretAccessKey the secret access key
 * @param sessionToken the session token of temporary credentials, if any
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {
    /** Validates the components. */
    public AwsCredentials {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            throw new IllegalArgumentException("The access key id is missing or blank; give the AWS access key id.");
        }
        if (secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("The secret access key for access key id " + accessKeyId
                    + " is missing or blank; give the secret access key that belongs to it.");
        }
        Objects.requireNonNull(sessionToken, "sessionToken (use Optional.empty())");
        sessionToken = sessionToken.filter(token -> !token.isBlank());
    }

    /**
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return long-term credentials
     */
    public static AwsCredentials create(String accessKeyId, String secretAccessKey) {
        return new AwsCredentials(accessKeyId, secretAccessKey, Optional.empty());
    }

    /**
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @param sessionToken the session token
     * @return temporary credentials
     */
    public static AwsCredentials create(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new AwsCredentials(accessKeyId, secretAccessKey, Optional.ofNullable(sessionToken));
    }

    /** @return the access key id and whether a session token is present; never the secrets */
    @Override
    public String toString() {
        return "AwsCredentials(accessKeyId=" + accessKeyId + ", secretAccessKey=***"
                + (sessionToken.isPresent() ? ", sessionToken=***" : "") + ")";
    }
}
