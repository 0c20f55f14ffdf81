package io.shapegen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https through the same transport: TLS handshake, host name verification, keep-alive over TLS. */
class SocketHttpTransportTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static SSLContext clientContext;

    @BeforeAll
    static void startTlsServer() throws Exception {
        // A throwaway certificate for 127.0.0.1 only, made with the JDK's keytool.
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/", exchange -> {
            byte[] body = ("secure " + exchange.getRemoteAddress().getPort()).getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void talksTlsAndReusesTheConnection() throws IOException {
        try (SocketHttpTransport transport = SocketHttpTransport.builder()
                .tlsSocketFactory(clientContext.getSocketFactory()).build()) {
            URI uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
            HttpResponse first = transport.execute(HttpRequest.builder().method("POST").uri(uri).body(new byte[5]).build());
            HttpResponse second = transport.execute(HttpRequest.builder().method("GET").uri(uri).build());

            assertEquals(200, first.statusCode());
            assertEquals(first.bodyAsUtf8(), second.bodyAsUtf8(), "same client port, so the same TLS connection");
        }
    }

    @Test
    void verifiesTheHostName() {
        try (SocketHttpTransport transport = SocketHttpTransport.builder()
                .tlsSocketFactory(clientContext.getSocketFactory()).build()) {
            URI wrongName = URI.create("https://localhost:" + server.getAddress().getPort() + "/");

            assertThrows(SSLHandshakeException.class,
                    () -> transport.execute(HttpRequest.builder().method("GET").uri(wrongName).build()));
        }
    }
}
