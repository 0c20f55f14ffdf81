package io.shapegen.services.chimesdkidentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.retry.RetryPolicy;
import io.shapegen.services.chimesdkidentity.FakeChime.Answer;
import io.shapegen.services.chimesdkidentity.model.AppInstanceSummary;
import io.shapegen.services.chimesdkidentity.model.CreateAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.DescribeAppInstanceResponse;
import io.shapegen.services.chimesdkidentity.model.ListAppInstancesResponse;
import io.shapegen.services.chimesdkidentity.model.NotFoundException;
import io.shapegen.services.chimesdkidentity.paginators.ListAppInstancesPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async client of chime against a loopback server: futures, scheduled retries, cancellation, publishers. */
class ChimeAsyncClientTest {
    private static final String APP = "arn:aws:chime:us-east-1:123456789012:app-instance/i-1";

    private final ChimeTestClients clients = new ChimeTestClients();
    private FakeChime server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChime();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsWhatTheSyncClientSends() throws Exception {
        server.answer(Answer.json(200, "{\"AppInstanceArn\":\"" + APP + "\"}"));
        try (ChimeSdkIdentityClient sync = clients.builder(server).build();
                ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            CreateAppInstanceResponse expected = sync.createAppInstance(r -> r.name("n").metadata("m"));
            FakeChime.Received bySync = server.only();
            server.answer(Answer.json(200, "{\"AppInstanceArn\":\"" + APP + "\"}"));

            CreateAppInstanceResponse actual = async.createAppInstance(r -> r.name("n").metadata("m")).join();

            FakeChime.Received byAsync = server.only();
            assertEquals(expected, actual);
            assertEquals(bySync.target(), byAsync.target());
            assertEquals(bySync.bodyText(), byAsync.bodyText());
            assertEquals(bySync.header("Authorization"), byAsync.header("Authorization"),
                    "the same signed request: same marshalling, headers and signature");
            assertEquals(ReferenceSigV4.expectedAuthorization(byAsync, ChimeTestClients.ACCESS_KEY,
                    ChimeTestClients.SECRET_KEY, "us-east-1", "chime"), byAsync.header("Authorization"));
        }
    }

    @Test
    void twoHundredConcurrentCallsOnTwoThreads() throws Exception {
        server.answer(Answer.json(200, "{\"AppInstance\":{\"AppInstanceArn\":\"" + APP + "\",\"Name\":\"n\"}}"));
        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).executor(twoThreads)
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            List<CompletableFuture<DescribeAppInstanceResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(async.describeAppInstance(r -> r.appInstanceArn(APP)));
            }

            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertTrue(calls.stream().allMatch(call -> call.join().appInstance().name().equals("n")));
            assertEquals(200, server.received().size());
        } finally {
            twoThreads.shutdownNow();
        }
    }

    @Test
    void errorsArriveAsTheModeledExceptionInsideCompletionException() {
        server.answer(Answer.error(404, "NotFoundException", "req-404", "{\"Code\":\"NotFound\",\"Message\":\"gone\"}"));
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> async.describeAppInstance(r -> r.appInstanceArn(APP)).join());

            NotFoundException notFound = assertInstanceOf(NotFoundException.class, e.getCause());
            assertEquals("req-404", notFound.requestId());
            assertEquals("gone", notFound.errorMessage());
        }
    }

    @Test
    void retriesAreScheduledAndACancelledFutureStopsThem() throws Exception {
        server.answer(Answer.error(503, "ServiceUnavailableException", "req-503", "{}"),
                Answer.json(200, "{\"AppInstance\":{\"Name\":\"n\"}}"));
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            assertEquals("n", async.describeAppInstance(r -> r.appInstanceArn(APP)).join().appInstance().name());
            assertEquals(2, server.received().size(), "the 503 was retried, without sleeping a thread");
        }

        server.answer(Answer.error(503, "ServiceUnavailableException", "req-503", "{}"));
        RetryPolicy slow = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(300)).random(() -> 0.99)
                .build();
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).retryPolicy(slow).build()) {
            CompletableFuture<DescribeAppInstanceResponse> call = async.describeAppInstance(r -> r.appInstanceArn(APP));
            while (server.received().isEmpty()) {
                Thread.sleep(5);
            }

            assertTrue(call.cancel(true));
            Thread.sleep(1000);

            assertEquals(1, server.received().size(), "no retry after the cancel");
        }
    }

    @Test
    void thePublisherFetchesAPageOnlyAfterRequest() throws Exception {
        server.respond(new PagedAppInstances(10));
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            ListAppInstancesPublisher pages = async.listAppInstancesPaginator(r -> r.maxResults(2));
            List<ListAppInstancesResponse> received = new CopyOnWriteArrayList<>();
            CompletableFuture<Flow.Subscription> subscribed = new CompletableFuture<>();
            pages.subscribe(new Flow.Subscriber<ListAppInstancesResponse>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscribed.complete(subscription);
                }

                @Override
                public void onNext(ListAppInstancesResponse page) {
                    received.add(page);
                }

                @Override
                public void onError(Throwable error) {
                }

                @Override
                public void onComplete() {
                }
            });
            Flow.Subscription subscription = subscribed.join();
            Thread.sleep(200);
            assertEquals(0, server.received().size(), "nothing before request(n)");

            subscription.request(1);
            waitFor(() -> received.size() == 1);
            Thread.sleep(200);
            assertEquals(1, server.received().size(), "one page asked, one page fetched");

            subscription.request(2);
            waitFor(() -> received.size() == 3);
            Thread.sleep(200);
            assertEquals(List.of("-", "2", "4"), server.received().stream()
                    .map(r -> PagedAppInstances.query(r.rawQuery()).getOrDefault("next-token", "-")).toList());
            subscription.cancel();
        }
    }

    @Test
    void subscribeWithAConsumerCompletesAfterTheLastItem() {
        server.respond(new PagedAppInstances(5));
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            List<String> names = new CopyOnWriteArrayList<>();

            async.listAppInstancesPaginator(r -> r.maxResults(2)).appInstances()
                    .subscribe(app -> names.add(app.name())).join();

            assertEquals(List.of("app-0", "app-1", "app-2", "app-3", "app-4"), names);
            assertEquals(3, server.received().size());
        }
    }

    @Test
    void aPageErrorFailsTheSubscription() {
        server.answer(Answer.error(404, "NotFoundException", "req-404", "{\"Message\":\"gone\"}"));
        try (ChimeSdkIdentityAsyncClient async = clients.asyncBuilder(server).build()) {
            CompletableFuture<Void> done = async.listAppInstancesPaginator(r -> { }).appInstances()
                    .subscribe((AppInstanceSummary app) -> { });

            assertInstanceOf(NotFoundException.class, assertThrows(CompletionException.class, done::join).getCause());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}
