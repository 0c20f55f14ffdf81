package io.shapegen.runtime.retry;

import java.util.Set;

/**
 * Which failures the AWS "standard" retry mode retries: throttling error codes (whatever the status),
 * HTTP 429, 500, 502, 503 and 504, and I/O failures. No other 4xx is retried.
 */
public final class RetryableErrors {
    /** The throttling error codes every AWS service may send. */
    public static final Set<String> THROTTLING_CODES = Set.of("Throttling", "ThrottlingException",
            "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
            "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
            "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
            "PriorRequestNotComplete", "EC2ThrottledException");

    /** The status codes retried whatever the error code. */
    public static final Set<Integer> RETRYABLE_STATUS_CODES = Set.of(429, 500, 502, 503, 504);

    private RetryableErrors() {
    }

    /**
     * @param errorCode the error code of the response, or an empty string
     * @param extraThrottlingCodes the service's own throttling errors (from its model)
     * @return whether the code means "slow down"
     */
    public static boolean isThrottling(String errorCode, Set<String> extraThrottlingCodes) {
        return !errorCode.isEmpty() && (THROTTLING_CODES.contains(errorCode) || extraThrottlingCodes.contains(errorCode));
    }

    /**
     * @param statusCode the HTTP status of an error response
     * @param errorCode its error code, or an empty string
     * @param extraThrottlingCodes the service's own throttling errors
     * @return whether another attempt may succeed
     */
    public static boolean isRetryable(int statusCode, String errorCode, Set<String> extraThrottlingCodes) {
        return isThrottling(errorCode, extraThrottlingCodes) || RETRYABLE_STATUS_CODES.contains(statusCode);
    }
}
