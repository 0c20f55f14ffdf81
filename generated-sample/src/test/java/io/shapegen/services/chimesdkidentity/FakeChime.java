package io.shapegen.services.chimesdkidentity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Chime SDK Identity service: a JDK HTTP server bound to 127.0.0.1 only, on an ephemeral
 * port, that records every request and answers with scripted responses (the last one repeats).
 */
final class FakeChime implements AutoCloseable {
    /**
     * One request as it arrived.
     *
     * @param method the method
     * @param rawPath the path as sent (percent-encoded)
     * @param rawQuery the query as sent, or {@code null}
     * @param headers header names (lower case) to values
     * @param body the body
     */
    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the path and, when present, {@code ?} and the query */
        String target() {
            return rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    /**
     * A scripted answer.
     *
     * @param status the status code
     * @param headers response headers
     * @param body the body, UTF-8
     */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        static Answer error(int status, String type, String requestId, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json",
                    "x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.chime/",
                    "x-amzn-RequestId", requestId), body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private java.util.function.Function<Received, Answer> responder;

    FakeChime() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return {@code http://127.0.0.1:PORT} */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues answers; the last one is repeated for any further request. */
    synchronized FakeChime answer(Answer... next) {
        answers.clear();
        answers.addAll(List.of(next));
        responder = null;
        received.clear();
        return this;
    }

    /** Answers every request with what {@code responder} makes of it, instead of a script. */
    synchronized FakeChime respond(java.util.function.Function<Received, Answer> responder) {
        this.responder = responder;
        received.clear();
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.get(0);
    }

    private synchronized Answer next(Received request) {
        if (responder != null) {
            return responder.apply(request);
        }
        return answers.size() > 1 ? answers.removeFirst() : answers.getFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            URI uri = exchange.getRequestURI();
            Received request = new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers,
                    exchange.getRequestBody().readAllBytes());
            received.add(request);
            Answer answer = next(request);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
