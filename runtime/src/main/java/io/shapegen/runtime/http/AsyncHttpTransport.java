package io.shapegen.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request without blocking the caller and completes with the whole response. Implementations are
 * thread-safe; many calls may be in flight at once, none holding a thread while it waits for the network.
 * {@link #close()} releases what the transport holds.
 *
 * <p>The default, {@link JdkHttpClientTransport}, is built on {@code java.net.http}. Plug in another
 * implementation to use a different HTTP stack or to record requests in tests.
 */
public interface AsyncHttpTransport extends AutoCloseable {
    /**
     * Sends a request.
     *
     * @param request the request, already signed
     * @return completes with the response, whatever its status code, or fails with an {@link java.io.IOException}
     *     (possibly inside a {@link java.util.concurrent.CompletionException}) when the request could not be sent
     *     or the response not read, timeouts included; cancelling it abandons the exchange
     */
    CompletableFuture<HttpResponse> execute(HttpRequest request);

    /** Releases what the transport holds. Calls after this may fail. */
    @Override
    void close();
}
