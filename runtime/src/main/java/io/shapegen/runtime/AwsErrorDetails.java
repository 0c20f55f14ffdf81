package io.shapegen.runtime;

import java.util.Objects;

/**
 * What the service said about a failed call.
 *
 * @param statusCode the HTTP status code of the response
 * @param errorCode the error code, without namespace or {@code :} suffix (for example {@code ThrottlingException})
 * @param errorMessage the message the service sent, or an empty string
 * @param requestId the request id the service assigned, or an empty string
 */
public record AwsErrorDetails(int statusCode, String errorCode, String errorMessage, String requestId) {
    /** Validates the components; absent texts are empty strings, never {@code null}. */
    public AwsErrorDetails {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(requestId, "requestId");
    }
}
