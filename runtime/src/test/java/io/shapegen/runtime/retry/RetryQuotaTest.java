package io.shapegen.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetryQuotaTest {
    @Test
    void successAtFullBudgetKeepsTheBudgetFull() {
        RetryQuota quota = new RetryQuota();
        quota.release(0);
        assertEquals(RetryQuota.CAPACITY, quota.available());
    }

    @Test
    void successesRefillWhatRetriesTook() {
        RetryQuota quota = new RetryQuota();
        assertEquals(RetryQuota.TIMEOUT_RETRY_COST, quota.acquire(true));
        assertEquals(RetryQuota.RETRY_COST, quota.acquire(false));
        assertEquals(RetryQuota.CAPACITY - 15, quota.available());
        quota.release(0);
        assertEquals(RetryQuota.CAPACITY - 14, quota.available());
        quota.release(RetryQuota.RETRY_COST);
        assertEquals(RetryQuota.CAPACITY - 9, quota.available());
        quota.release(RetryQuota.TIMEOUT_RETRY_COST);
        assertEquals(RetryQuota.CAPACITY, quota.available());
    }

    @Test
    void anEmptyBudgetRefusesRetries() {
        RetryQuota quota = new RetryQuota();
        for (int i = 0; i < RetryQuota.CAPACITY / RetryQuota.TIMEOUT_RETRY_COST; i++) {
            assertEquals(RetryQuota.TIMEOUT_RETRY_COST, quota.acquire(true));
        }
        assertEquals(0, quota.acquire(false));
        quota.release(0);
        assertEquals(1, quota.available());
    }
}
