package io.shapegen.runtime.pagination;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One subscription to {@link AsyncPages}. Signals are serialized by a drain loop: whoever changes the state
 * (a request, a page arriving, a cancel) runs {@link #drain()}, and only one thread at a time works inside it, so
 * a {@code request(1)} from within {@code onNext} neither recurses nor races.
 */
final class PageSubscription<R, P> implements Flow.Subscription {
    private final Flow.Subscriber<? super P> subscriber;
    private final PageCursor<R, P> cursor;
    private final Function<R, CompletableFuture<P>> call;
    private final SerialDrain drain = new SerialDrain(this::stepIfOpen);
    private final AtomicLong demand = new AtomicLong();
    private volatile boolean cancelled;
    private volatile boolean invalidRequest;
    private volatile CompletableFuture<P> inFlight;
    private volatile boolean arrived;
    // Written before 'arrived' is set, read after it is seen.
    private P page;
    private Throwable failure;
    // Touched only inside drain().
    private R nextRequest;
    private boolean fetching;
    private boolean finished;

    PageSubscription(Flow.Subscriber<? super P> subscriber, PageCursor<R, P> cursor,
            Function<R, CompletableFuture<P>> call) {
        this.subscriber = subscriber;
        this.cursor = cursor;
        this.call = call;
        this.nextRequest = cursor.first();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            invalidRequest = true;
        } else {
            demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        CompletableFuture<P> call = inFlight;
        if (call != null) {
            call.cancel(true);
        }
    }

    private void drain() {
        drain.signal();
    }

    private void stepIfOpen() {
        if (!cancelled && !finished) {
            step();
        }
    }

    private void step() {
        if (invalidRequest) {
            finish();
            subscriber.onError(new IllegalArgumentException("request(n) was called with n <= 0; ask for at least one"
                    + " page (Reactive Streams rule 3.9)."));
            return;
        }
        if (arrived) {
            arrived = false;
            fetching = false;
            inFlight = null;
            deliver();
        }
        if (!finished && !cancelled && !fetching && demand.get() > 0) {
            fetching = true;
            demand.decrementAndGet();
            fetch();
        }
    }

    private void fetch() {
        CompletableFuture<P> next;
        try {
            next = call.apply(nextRequest);
        } catch (RuntimeException e) {
            next = CompletableFuture.failedFuture(e);
        }
        inFlight = next;
        if (cancelled) {
            next.cancel(true);
        }
        // When the call has already completed, this runs at once: drain() then only counts the extra work, which
        // the loop on the stack picks up.
        next.whenComplete((result, error) -> {
            page = result;
            failure = error;
            arrived = true;
            drain();
        });
    }

    private void deliver() {
        P result = page;
        Throwable error = failure;
        page = null;
        failure = null;
        if (error != null) {
            finish();
            subscriber.onError(unwrap(error));
            return;
        }
        if (result == null) {
            finish();
            subscriber.onError(new NullPointerException("the operation returned no page"));
            return;
        }
        subscriber.onNext(result);
        if (cancelled) {
            return;
        }
        try {
            nextRequest = cursor.after(result);
        } catch (RuntimeException e) {
            finish();
            subscriber.onError(e);
            return;
        }
        if (nextRequest == null) {
            finish();
            subscriber.onComplete();
        }
    }

    private void finish() {
        finished = true;
        CompletableFuture<P> call = inFlight;
        if (call != null) {
            call.cancel(true);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                && !(error.getCause() instanceof CancellationException) ? error.getCause() : error;
    }
}
