package io.shapegen.runtime.pagination;

import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@link SdkPublisher#flatMapIterable}: the elements of every upstream element, with backpressure. The next
 * upstream element (a page) is requested only when the subscriber wants more than the elements at hand.
 */
final class FlatteningPublisher<T, U> implements SdkPublisher<U> {
    private final Flow.Publisher<T> upstream;
    private final Function<? super T, ? extends Iterable<? extends U>> mapper;

    FlatteningPublisher(Flow.Publisher<T> upstream, Function<? super T, ? extends Iterable<? extends U>> mapper) {
        this.upstream = upstream;
        this.mapper = mapper;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super U> subscriber) {
        java.util.Objects.requireNonNull(subscriber, "subscriber");
        Flattening<T, U> flattening = new Flattening<>(subscriber, mapper);
        subscriber.onSubscribe(flattening);
        upstream.subscribe(flattening);
    }

    /** Subscription to the downstream and subscriber of the upstream at once; signals serialized by drain(). */
    private static final class Flattening<T, U> implements Flow.Subscription, Flow.Subscriber<T> {
        private final Flow.Subscriber<? super U> downstream;
        private final Function<? super T, ? extends Iterable<? extends U>> mapper;
        private final SerialDrain drain = new SerialDrain(this::stepIfOpen);
        private final AtomicLong demand = new AtomicLong();
        private volatile Flow.Subscription upstream;
        private volatile boolean cancelled;
        private volatile boolean invalidRequest;
        private volatile T arrived;
        private volatile boolean upstreamDone;
        private volatile Throwable upstreamError;
        // Touched only inside drain().
        private Iterator<? extends U> items = Collections.emptyIterator();
        private boolean pageRequested;
        private boolean finished;

        Flattening(Flow.Subscriber<? super U> downstream, Function<? super T, ? extends Iterable<? extends U>> mapper) {
            this.downstream = downstream;
            this.mapper = mapper;
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
            Flow.Subscription subscription = upstream;
            if (subscription != null) {
                subscription.cancel();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            if (upstream != null) {
                subscription.cancel();
                return;
            }
            upstream = subscription;
            if (cancelled) {
                subscription.cancel();
            }
            drain();
        }

        @Override
        public void onNext(T item) {
            arrived = item;
            drain();
        }

        @Override
        public void onError(Throwable error) {
            upstreamError = error;
            drain();
        }

        @Override
        public void onComplete() {
            upstreamDone = true;
            drain();
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
                fail(new IllegalArgumentException("request(n) was called with n <= 0; ask for at least one item"
                        + " (Reactive Streams rule 3.9)."));
                return;
            }
            T page = arrived;
            if (page != null) {
                arrived = null;
                pageRequested = false;
                try {
                    items = mapper.apply(page).iterator();
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
            }
            while (demand.get() > 0 && !cancelled && items.hasNext()) {
                U item = items.next();
                demand.decrementAndGet();
                downstream.onNext(item);
            }
            if (cancelled || items.hasNext()) {
                return;
            }
            Throwable error = upstreamError;
            if (error != null) {
                finished = true;
                downstream.onError(error);
            } else if (upstreamDone) {
                finished = true;
                downstream.onComplete();
            } else if (!pageRequested && demand.get() > 0 && upstream != null) {
                pageRequested = true;
                upstream.request(1);
            }
        }

        private void fail(Throwable error) {
            finished = true;
            Flow.Subscription subscription = upstream;
            if (subscription != null) {
                subscription.cancel();
            }
            downstream.onError(error);
        }
    }
}
