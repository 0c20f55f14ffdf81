package io.shapegen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void fullJitterBelowTheExponentialCeiling() {
        RetryPolicy highest = RetryPolicy.builder().random(() -> 0.999_999).build();
        RetryPolicy half = RetryPolicy.builder().random(() -> 0.5).build();

        assertEquals(Duration.ofMillis(50), half.delayBeforeRetry(1));
        assertEquals(Duration.ofMillis(100), half.delayBeforeRetry(2));
        assertEquals(Duration.ofMillis(200), half.delayBeforeRetry(3));
        assertTrue(highest.delayBeforeRetry(1).compareTo(Duration.ofMillis(100)) < 0);
        assertEquals(Duration.ZERO, RetryPolicy.builder().random(() -> 0).build().delayBeforeRetry(5));
    }

    @Test
    void backoffIsCappedEvenForHugeRetryNumbers() {
        RetryPolicy policy = RetryPolicy.builder().random(() -> 0.999_999).maxBackoff(Duration.ofSeconds(20)).build();

        for (int retry = 1; retry < 100; retry++) {
            assertTrue(policy.delayBeforeRetry(retry).compareTo(Duration.ofSeconds(20)) < 0, "retry " + retry);
        }
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0).build());
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.standard().delayBeforeRetry(0));
        assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().random(() -> 1.5).build().delayBeforeRetry(1));
        assertEquals(3, RetryPolicy.standard().maxAttempts());
        assertEquals(1, RetryPolicy.none().maxAttempts());
    }

    @Test
    void classifiesThrottlingAndTransientErrors() {
        assertTrue(RetryableErrors.isRetryable(400, "ThrottlingException", Set.of()));
        assertTrue(RetryableErrors.isRetryable(400, "SlowDown", Set.of()));
        assertTrue(RetryableErrors.isRetryable(400, "ModelThrottled", Set.of("ModelThrottled")));
        for (int status : new int[] {429, 500, 502, 503, 504}) {
            assertTrue(RetryableErrors.isRetryable(status, "", Set.of()), "status " + status);
        }
        assertFalse(RetryableErrors.isRetryable(400, "ValidationException", Set.of()));
        assertFalse(RetryableErrors.isRetryable(403, "AccessDeniedException", Set.of()));
        assertFalse(RetryableErrors.isRetryable(404, "", Set.of()));
        assertFalse(RetryableErrors.isRetryable(501, "", Set.of()));
    }

    @Test
    void quotaRunsOutAndRefills() {
        RetryQuota quota = new RetryQuota();
        int retries = 0;
        while (quota.acquire(false) > 0) {
            retries++;
        }
        assertEquals(RetryQuota.CAPACITY / RetryQuota.RETRY_COST, retries);
        quota.release(RetryQuota.RETRY_COST);
        assertEquals(RetryQuota.RETRY_COST, quota.acquire(false));
        assertEquals(0, quota.acquire(true));
    }
}
