package io.shapegen.runtime.pagination;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** Feeds a {@link Consumer} one element at a time and completes a future at the end: {@link SdkPublisher#subscribe(Consumer)}. */
final class ConsumingSubscriber<T> implements Flow.Subscriber<T> {
    private final Consumer<? super T> consumer;
    private final CompletableFuture<Void> future = new CompletableFuture<>();
    private Flow.Subscription subscription;

    ConsumingSubscriber(Consumer<? super T> consumer) {
        this.consumer = consumer;
    }

    CompletableFuture<Void> future() {
        return future;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        if (this.subscription != null) {
            subscription.cancel();
            return;
        }
        this.subscription = subscription;
        future.whenComplete((ignored, error) -> {
            if (future.isCancelled()) {
                subscription.cancel();
            }
        });
        subscription.request(1);
    }

    @Override
    public void onNext(T item) {
        if (future.isDone()) {
            return;
        }
        try {
            consumer.accept(item);
        } catch (RuntimeException | Error e) {
            subscription.cancel();
            future.completeExceptionally(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        future.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        future.complete(null);
    }
}
