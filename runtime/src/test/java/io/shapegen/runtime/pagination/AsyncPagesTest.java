package io.shapegen.runtime.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.pagination.FakePages.Page;
import io.shapegen.runtime.pagination.FakePages.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class AsyncPagesTest {
    /** Records signals; requests only when told to. */
    static final class Recorder<T> implements Flow.Subscriber<T> {
        final List<T> items = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(T item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }

    private static AsyncPages<Request, Page> pages(FakePages fake, int size) {
        return new AsyncPages<>("ListThings", new Request(null, size), fake::callAsync, FakePages.TOKENS);
    }

    @Test
    void fetchesAPageOnlyWhenTheSubscriberAsksForOne() {
        FakePages fake = new FakePages(5);
        Recorder<Page> subscriber = new Recorder<>();
        pages(fake, 2).subscribe(subscriber);
        assertEquals(List.of(), fake.calls, "nothing before request(n)");

        subscriber.subscription.request(1);
        assertEquals(List.of("null"), fake.calls);
        assertEquals(1, subscriber.items.size());

        subscriber.subscription.request(5);
        assertEquals(List.of("null", "t2", "t4"), fake.calls);
        assertEquals(3, subscriber.items.size());
        assertTrue(subscriber.done.isDone() && !subscriber.done.isCompletedExceptionally());
    }

    @Test
    void itemsDriveThePagesTheyNeed() {
        FakePages fake = new FakePages(5);
        Recorder<String> subscriber = new Recorder<>();
        pages(fake, 2).items(Page::items).subscribe(subscriber);

        subscriber.subscription.request(2);
        assertEquals(List.of("item0", "item1"), subscriber.items);
        assertEquals(List.of("null"), fake.calls);

        subscriber.subscription.request(1);
        assertEquals(List.of("null", "t2"), fake.calls);
        subscriber.subscription.request(Long.MAX_VALUE);
        assertEquals(List.of("item0", "item1", "item2", "item3", "item4"), subscriber.items);
        subscriber.done.join();
    }

    @Test
    void subscribeWithAConsumerCompletesAfterTheLastPage() {
        FakePages fake = new FakePages(1000);
        List<String> items = new ArrayList<>();

        pages(fake, 1).items(Page::items).subscribe(items::add).join();

        assertEquals(1000, items.size(), "a thousand synchronous pages neither recurse nor stall");
    }

    @Test
    void theOperationsErrorArrivesThroughOnError() {
        IllegalStateException failure = new IllegalStateException("modeled");
        AsyncPages<Request, Page> failing = new AsyncPages<>("ListThings", new Request(null, 1),
                request -> CompletableFuture.failedFuture(new CompletionException(failure)), FakePages.TOKENS);

        CompletionException e = assertThrows(CompletionException.class, () -> failing.subscribe(page -> { }).join());

        assertSame(failure, e.getCause());
    }

    @Test
    void aRepeatedTokenFailsTheSubscription() {
        AsyncPages<Request, Page> loop = new AsyncPages<>("ListThings", new Request(null, 1),
                request -> CompletableFuture.completedFuture(new Page(List.of("x"), "same")), FakePages.TOKENS);

        CompletionException e = assertThrows(CompletionException.class, () -> loop.subscribe(page -> { }).join());

        assertInstanceOf(SdkClientException.class, e.getCause());
    }

    @Test
    void cancellingStopsTheCallInFlightAndFetchesNoMore() {
        List<CompletableFuture<Page>> calls = new CopyOnWriteArrayList<>();
        AsyncPages<Request, Page> slow = new AsyncPages<>("ListThings", new Request(null, 1), request -> {
            CompletableFuture<Page> call = new CompletableFuture<>();
            calls.add(call);
            return call;
        }, FakePages.TOKENS);
        Recorder<Page> subscriber = new Recorder<>();
        slow.subscribe(subscriber);
        subscriber.subscription.request(3);

        subscriber.subscription.cancel();

        assertEquals(1, calls.size());
        assertTrue(calls.get(0).isCancelled());
        assertEquals(List.of(), subscriber.items);
    }
}
