package io.shapegen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.testing.LoopbackServer;
import io.shapegen.runtime.testing.LoopbackServer.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocketHttpTransportTest {
    private LoopbackServer server;
    private SocketHttpTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        transport = SocketHttpTransport.builder().connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5)).proxySelector(noProxy()).build();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void sendsMethodHeadersAndBodyAndReadsTheAnswer(String method) throws IOException {
        server.respond(request -> new Answer(201, Map.of("X-Answer", "yes", "Content-Type", "text/plain"),
                ("got " + new String(request.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.builder().method(method).uri(server.uri().resolve("/things/a%2Fb?x=1&y=%20"))
                .headers(HttpHeaders.builder().add("X-One", "1").add("X-Many", "a").add("X-Many", "b").build())
                .body("hello".getBytes(StandardCharsets.UTF_8)).build();

        HttpResponse response = transport.execute(request);

        assertEquals(201, response.statusCode());
        assertEquals("got hello", response.bodyAsUtf8());
        assertEquals("yes", response.headers().firstValue("x-answer").orElseThrow());
        LoopbackServer.Received received = server.received().get(0);
        assertEquals(method, received.method());
        assertEquals("/things/a%2Fb?x=1&y=%20", received.rawPathAndQuery());
        assertEquals("1", received.header("x-one"));
        assertEquals(List.of("a", "b"), received.headers().get("x-many"));
        assertEquals("5", received.header("content-length"));
        assertEquals("127.0.0.1:" + server.uri().getPort(), received.header("host"));
    }

    @Test
    void getSendsNoBodyHeadersOfItsOwn() throws IOException {
        server.respond(request -> Answer.json(200, "{\"a\":1}"));

        HttpResponse response = transport.execute(get("/"));

        assertEquals("{\"a\":1}", response.bodyAsUtf8());
        LoopbackServer.Received received = server.received().get(0);
        assertEquals("GET", received.method());
        assertNull(received.header("content-length"));
        assertNull(received.header("content-type"));
        assertNull(received.header("accept"));
        assertNull(received.header("user-agent"));
    }

    @Test
    void postWithoutBodySendsContentLengthZeroAndNoContentType() throws IOException {
        transport.execute(HttpRequest.builder().method("POST").uri(server.uri()).build());

        LoopbackServer.Received received = server.received().get(0);
        assertEquals("0", received.header("content-length"));
        assertNull(received.header("content-type"));
    }

    @Test
    void reusesTheConnectionForSequentialRequests() throws IOException {
        server.respond(request -> Answer.json(200, "{}"));

        transport.execute(get("/1"));
        transport.execute(HttpRequest.builder().method("POST").uri(server.uri()).body(new byte[10]).build());
        transport.execute(get("/3"));

        List<LoopbackServer.Received> received = server.received();
        assertEquals(3, received.size());
        assertEquals(received.get(0).remotePort(), received.get(1).remotePort());
        assertEquals(received.get(0).remotePort(), received.get(2).remotePort());
    }

    @Test
    void doesNotReuseWhenPoolingIsOff() throws IOException {
        try (SocketHttpTransport unpooled = SocketHttpTransport.builder().maxIdleConnectionsPerRoute(0)
                .proxySelector(noProxy()).build()) {
            unpooled.execute(get("/1"));
            unpooled.execute(get("/2"));
        }
        assertNotEquals(server.received().get(0).remotePort(), server.received().get(1).remotePort());
    }

    @Test
    void readTimeoutFiresWhenTheServerDoesNotAnswer() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.respond(request -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.json(200, "{}");
        });
        try (SocketHttpTransport impatient = SocketHttpTransport.builder().readTimeout(Duration.ofMillis(150))
                .proxySelector(noProxy()).build()) {
            assertThrows(SocketTimeoutException.class, () -> impatient.execute(get("/slow")));
        } finally {
            release.countDown();
        }
    }

    @Test
    void errorStatusesAreResponsesNotExceptions() throws IOException {
        server.respond(request -> Answer.json(503, "{\"__type\":\"ServiceUnavailable\"}"));

        HttpResponse response = transport.execute(get("/"));

        assertEquals(503, response.statusCode());
        assertFalse(response.isSuccessful());
        assertEquals("{\"__type\":\"ServiceUnavailable\"}", response.bodyAsUtf8());
    }

    @Test
    void headResponseHasNoBodyAndKeepsTheConnection() throws IOException {
        server.respond(request -> new Answer(200, Map.of("X-Size", "3"), new byte[0]));

        HttpResponse head = transport.execute(HttpRequest.builder().method("HEAD").uri(server.uri()).build());
        transport.execute(get("/after"));

        assertEquals(0, head.bodyLength());
        assertEquals(server.received().get(0).remotePort(), server.received().get(1).remotePort());
    }

    @Test
    void readsChunkedBodiesAndRetriesOnceWhenAPooledConnectionWasClosed() throws Exception {
        try (RawServer raw = new RawServer()) {
            URI uri = raw.uri();
            // First exchange: chunked body, keep-alive; then the server closes the idle connection.
            HttpResponse first = transport.execute(HttpRequest.builder().method("GET").uri(uri).build());
            assertEquals("hello world", first.bodyAsUtf8());
            raw.closeCurrentConnection();
            HttpResponse second = transport.execute(HttpRequest.builder().method("GET").uri(uri).build());
            assertEquals("hello world", second.bodyAsUtf8());
            assertEquals(2, raw.connections());
        }
    }

    @Test
    void plainHttpGoesToAnHttpProxyInAbsoluteForm() throws IOException {
        ProxySelector viaServer = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP,
                        InetSocketAddress.createUnresolved("127.0.0.1", server.uri().getPort())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
        try (SocketHttpTransport proxied = SocketHttpTransport.builder().proxySelector(viaServer).build()) {
            proxied.execute(HttpRequest.builder().method("GET").uri(URI.create("http://service.example:8080/p?q=1"))
                    .build());
        }
        LoopbackServer.Received received = server.received().get(0);
        assertEquals("service.example:8080", received.header("host"));
        assertEquals("/p?q=1", received.rawPathAndQuery()); // the JDK server reduces the absolute form to its path
    }

    @Test
    void rejectsAContentLengthThatDoesNotMatchTheBody() {
        HttpRequest request = HttpRequest.builder().method("POST").uri(server.uri())
                .headers(HttpHeaders.builder().add("Content-Length", "99").build()).body(new byte[3]).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transport.execute(request));

        assertTrue(e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void connectionRefusedIsAnIoException() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        assertThrows(IOException.class, () -> transport.execute(
                HttpRequest.builder().method("GET").uri(URI.create("http://127.0.0.1:" + freePort + "/")).build()));
    }

    @Test
    void bodyBytesSurviveTheRoundTrip() throws IOException {
        byte[] body = new byte[100_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31);
        }
        server.respond(request -> new Answer(200, Map.of(), request.body()));

        HttpResponse response = transport.execute(HttpRequest.builder().method("PUT").uri(server.uri()).body(body).build());

        assertArrayEquals(body, response.body());
    }

    private HttpRequest get(String path) {
        return HttpRequest.builder().method("GET").uri(server.uri().resolve(path)).build();
    }

    private static ProxySelector noProxy() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        };
    }

    /** A socket server that answers every request with a chunked body and can drop its connection. */
    private static final class RawServer implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final Thread thread;
        private volatile Socket current;
        private volatile int connections;

        RawServer() throws IOException {
            thread = new Thread(this::serve, "raw-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
        }

        int connections() {
            return connections;
        }

        void closeCurrentConnection() throws IOException, InterruptedException {
            current.close();
            Thread.sleep(20); // let the FIN reach the client's idle socket
        }

        private void serve() {
            while (!listener.isClosed()) {
                try {
                    Socket socket = listener.accept();
                    current = socket;
                    connections++;
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    while (true) {
                        String line;
                        do {
                            line = ResponseReader.readLine(in);
                        } while (line != null && !line.isEmpty());
                        if (line == null) {
                            break;
                        }
                        out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    }
                } catch (IOException e) {
                    // connection closed by the test
                }
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            if (current != null) {
                current.close();
            }
        }
    }
}
