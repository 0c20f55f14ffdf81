package io.shapegen.runtime.pagination;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a step on whichever thread signals, never on two threads at once, and once more for every signal that
 * arrived while it ran: the work-in-progress counter of Reactive Streams operators. Both paging publishers
 * serialize their requests, arrivals and cancels through one.
 */
final class SerialDrain {
    private final AtomicInteger work = new AtomicInteger();
    private final Runnable step;

    /** @param step what to do on each pass; runs on one thread at a time */
    SerialDrain(Runnable step) {
        this.step = step;
    }

    /** Runs the step now, or makes the thread already running it run it again. */
    void signal() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            step.run();
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
