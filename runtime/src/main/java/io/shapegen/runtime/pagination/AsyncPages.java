package io.shapegen.runtime.pagination;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The pages of a paginated operation, for an async client: a cold publisher, so every subscription starts from
 * the first request. A subscription calls the operation only while its subscriber's demand exceeds the pages
 * delivered, one call at a time; cancelling it cancels the call in flight. Errors of the operation arrive through
 * {@code onError} as the exception the call failed with (a modeled exception, for example).
 *
 * @param <R> the request type
 * @param <P> the response (page) type
 */
public final class AsyncPages<R, P> implements SdkPublisher<P> {
    private final String operationName;
    private final R firstRequest;
    private final Function<R, CompletableFuture<P>> call;
    private final PageTokens<R, P> tokens;

    /**
     * @param operationName the operation's name in the model, for messages
     * @param firstRequest the request of the first page
     * @param call calls the operation once
     * @param tokens how one page leads to the next
     */
    public AsyncPages(String operationName, R firstRequest, Function<R, CompletableFuture<P>> call,
            PageTokens<R, P> tokens) {
        this.operationName = Objects.requireNonNull(operationName, "operationName");
        this.firstRequest = Objects.requireNonNull(firstRequest, "firstRequest");
        this.call = Objects.requireNonNull(call, "call");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public void subscribe(Flow.Subscriber<? super P> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        PageSubscription<R, P> subscription = new PageSubscription<>(subscriber,
                new PageCursor<>(operationName, firstRequest, tokens), call);
        subscriber.onSubscribe(subscription);
    }

    /**
     * @param <T> the item type
     * @param itemsOfPage the items of one page
     * @return the items of every page, in order; a page is fetched only when the subscriber wants more items than
     *     the pages fetched so far hold
     */
    public <T> SdkPublisher<T> items(Function<? super P, ? extends Iterable<? extends T>> itemsOfPage) {
        return flatMapIterable(itemsOfPage);
    }
}
