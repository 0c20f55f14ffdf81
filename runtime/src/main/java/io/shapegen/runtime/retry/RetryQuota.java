package io.shapegen.runtime.retry;

/**
 * The client-wide retry budget of the AWS standard mode: 500 tokens; a retry costs 5 (10 after a
 * timeout or I/O failure); a call that succeeds gives back what its retries cost, or 1 if it needed
 * none. When the budget is spent, failures are not retried until calls succeed again. Thread-safe.
 */
public final class RetryQuota {
    /** The budget a client starts with. */
    public static final int CAPACITY = 500;
    /** What a retry after an error response costs. */
    public static final int RETRY_COST = 5;
    /** What a retry after a timeout or I/O failure costs. */
    public static final int TIMEOUT_RETRY_COST = 10;

    /** Written only under the lock; volatile so that a success at full budget can skip the lock. */
    private volatile int available = CAPACITY;

    /**
     * @param ioFailure whether the failure was a timeout or I/O error
     * @return the tokens taken, or 0 if the budget cannot pay for the retry (then do not retry)
     */
    public synchronized int acquire(boolean ioFailure) {
        int cost = ioFailure ? TIMEOUT_RETRY_COST : RETRY_COST;
        if (available < cost) {
            return 0;
        }
        available -= cost;
        return cost;
    }

    /**
     * Records a successful call.
     *
     * @param spent the tokens its retries took (0 if it needed none)
     */
    public void release(int spent) {
        if (spent == 0 && available == CAPACITY) {
            return; // the common case: nothing to give back, and no lock shared by every calling thread
        }
        synchronized (this) {
            available = Math.min(CAPACITY, available + (spent == 0 ? 1 : spent));
        }
    }

    /** @return the tokens left */
    public int available() {
        return available;
    }
}
