package io.shapegen.runtime.retry;

import java.time.Duration;

/** Waits between attempts. Tests plug in one that records the delay and returns at once. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps with {@link Thread#sleep(long)}. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    /**
     * @param duration how long to wait
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
