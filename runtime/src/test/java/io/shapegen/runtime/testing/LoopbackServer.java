package io.shapegen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A JDK HTTP server on 127.0.0.1 and an ephemeral port that records what arrives and answers with a
 * scripted response. Only the loopback interface is bound.
 */
public final class LoopbackServer implements AutoCloseable {
    /**
     * One request as the server saw it.
     *
     * @param method the method
     * @param rawPathAndQuery the request target as sent
     * @param headers header names (lower case) to values
     * @param body the body
     * @param remotePort the client's port: equal ports mean a reused connection
     */
    public record Received(String method, String rawPathAndQuery, Map<String, List<String>> headers, byte[] body,
            int remotePort) {
        /**
         * @param name lower-case header name
         * @return its first value, or null
         */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /**
     * A scripted answer.
     *
     * @param status the status code
     * @param headers headers to send
     * @param body the body
     */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        /**
         * @param status status @param body UTF-8 body
         * @return a JSON answer
         */
        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> responder = request -> new Answer(200, Map.of(), new byte[0]);

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return a started server */
    public static LoopbackServer start() throws IOException {
        return new LoopbackServer();
    }

    /**
     * @param responder decides each answer
     * @return this server
     */
    public LoopbackServer respond(Function<Received, Answer> responder) {
        this.responder = responder;
        return this;
    }

    /** @return the base URI, {@code http://127.0.0.1:PORT} */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return every request so far, in arrival order */
    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    headers, exchange.getRequestBody().readAllBytes(), exchange.getRemoteAddress().getPort());
            received.add(request);
            Answer answer = responder.apply(request);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean noBody = answer.body().length == 0;
            exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
            if (!noBody) {
                exchange.getResponseBody().write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
