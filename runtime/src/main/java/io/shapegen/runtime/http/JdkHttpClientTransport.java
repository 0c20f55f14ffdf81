package io.shapegen.runtime.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The default {@link AsyncHttpTransport}: {@code java.net.http.HttpClient} speaking HTTP/1.1, which waits for the
 * network on its selector thread rather than on a thread per call. Only async clients load it, so the sync
 * client's cold start does not pay for {@code java.net.http} (about 200 ms, see {@code docs/transport.md}).
 *
 * <ul>
 *   <li>Headers are sent as given, except those {@code java.net.http} computes itself and refuses to take:
 *       {@code Host} (from the URI, the same value the request was signed with), {@code Content-Length} (from the
 *       body), {@code Connection}, {@code Expect} and {@code Upgrade}.</li>
 *   <li>Timeouts: the connect timeout bounds TCP connect and the TLS handshake; the call timeout bounds the wait
 *       for the response.</li>
 *   <li>TLS, proxies ({@link java.net.ProxySelector#getDefault()}) and redirects (not followed) as the sync
 *       transport.</li>
 * </ul>
 */
public final class JdkHttpClientTransport implements AsyncHttpTransport {
    private static final Set<String> COMPUTED_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade");

    private final HttpClient client;
    private final Duration callTimeout;

    private JdkHttpClientTransport(Builder builder) {
        HttpClient.Builder client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(java.net.ProxySelector.getDefault())
                .connectTimeout(positive(builder.connectTimeout, "connectTimeout"));
        if (builder.executor != null) {
            client.executor(builder.executor);
        }
        this.client = client.build();
        this.callTimeout = positive(builder.callTimeout, "callTimeout");
    }

    /** @return a builder with the defaults: 2 s connect, 30 s call timeout, the client's own executor */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableFuture<HttpResponse> execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder outgoing = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(callTimeout);
        for (Map.Entry<String, String> header : request.headers().entries()) {
            if (!COMPUTED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                outgoing.header(header.getKey(), header.getValue());
            }
        }
        outgoing.method(request.method(), request.bodyLength() == 0
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body()));
        CompletableFuture<java.net.http.HttpResponse<byte[]>> sent = client.sendAsync(outgoing.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        CompletableFuture<HttpResponse> response = sent.thenApply(JdkHttpClientTransport::response);
        // Cancelling a dependent future does not reach the one it depends on; this does.
        response.whenComplete((ignored, error) -> {
            if (response.isCancelled()) {
                sent.cancel(true);
            }
        });
        return response;
    }

    private static HttpResponse response(java.net.http.HttpResponse<byte[]> received) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (Map.Entry<String, List<String>> header : received.headers().map().entrySet()) {
            if (header.getKey().startsWith(":")) {
                continue;
            }
            for (String value : header.getValue()) {
                headers.add(header.getKey(), value);
            }
        }
        return new HttpResponse(received.statusCode(), headers.build(), received.body());
    }

    /** {@code java.net.http.HttpClient} on Java 17 has nothing to close: its threads end when it is unreachable. */
    @Override
    public void close() {
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is " + duration + "; give a positive duration such as"
                    + " Duration.ofSeconds(5).");
        }
        return duration;
    }

    /** Collects the settings of a {@link JdkHttpClientTransport}. Not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration callTimeout = Duration.ofSeconds(30);
        private Executor executor;

        private Builder() {
        }

        /**
         * @param connectTimeout the longest wait for TCP connect and the TLS handshake (default 2 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * @param callTimeout the longest wait for the response (default 30 s)
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * @param executor runs the client's callbacks; {@code null} (the default) for the client's own pool
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** @return the transport */
        public JdkHttpClientTransport build() {
            return new JdkHttpClientTransport(this);
        }
    }
}
