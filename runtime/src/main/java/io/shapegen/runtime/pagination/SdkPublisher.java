package io.shapegen.runtime.pagination;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link Flow.Publisher} with the conveniences paginators need. Async paginators return one for their pages
 * and one for the items of every page; a page is fetched only when a subscriber's demand
 * ({@link Flow.Subscription#request(long)}) asks for more than the pages already delivered.
 *
 * @param <T> the element type
 */
public interface SdkPublisher<T> extends Flow.Publisher<T> {
    /**
     * Subscribes a consumer that takes one element at a time: the next element is requested after the consumer
     * returns.
     *
     * @param consumer called with every element, in order, one call at a time
     * @return completes after the last element; fails with the publisher's error, or with what the consumer
     *     threw (which cancels the subscription); cancelling it cancels the subscription
     */
    default CompletableFuture<Void> subscribe(Consumer<? super T> consumer) {
        ConsumingSubscriber<T> subscriber = new ConsumingSubscriber<>(Objects.requireNonNull(consumer, "consumer"));
        subscribe(subscriber);
        return subscriber.future();
    }

    /**
     * @param <U> the element type of the result
     * @param mapper the elements one element stands for, for example the items of a page
     * @return a publisher of those elements, in order; it requests the next element of this publisher only when
     *     its subscriber wants more than the elements already at hand
     */
    default <U> SdkPublisher<U> flatMapIterable(Function<? super T, ? extends Iterable<? extends U>> mapper) {
        return new FlatteningPublisher<>(this, Objects.requireNonNull(mapper, "mapper"));
    }
}
