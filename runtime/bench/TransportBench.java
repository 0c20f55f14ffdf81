// Measures the HTTP transports the runtime could use, on loopback. Not part of the build; run with
//   java -cp runtime/target/classes runtime/bench/TransportBench.java warm|cold KIND [BODY_BYTES]
// KIND: stream (HttpURLConnection, fixed-length streaming POST), buffered (HttpURLConnection, buffered POST),
//       get (HttpURLConnection GET), jdk (java.net.http.HttpClient, HTTP/1.1), shapegen (SocketHttpTransport),
//       raw (hand-written request on a Socket with TCP_NODELAY: the floor), raw-nagle (same, header and body in
//       two writes without TCP_NODELAY: what Nagle plus delayed ACK would cost).
// warm: 2000 calls to warm up, then the mean of 3000 (-Dwarm=, -Dn= to change). cold: one call in a fresh JVM.
// The server is a plain socket loop in the same JVM that answers every request with one write.
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

public class TransportBench {
    static int port;
    static Socket rawSocket;
    static InputStream rawIn;
    static HttpClient jdkClient;
    static io.shapegen.runtime.http.HttpTransport shapegen;

    public static void main(String[] args) throws Exception {
        long jvmStart = System.nanoTime();
        String mode = args[0];
        String kind = args[1];
        byte[] body = new byte[args.length > 2 ? Integer.parseInt(args[2]) : 200];
        Arrays.fill(body, (byte) 'a');
        port = startServer();
        if (mode.equals("cold")) {
            long start = System.nanoTime();
            call(kind, body);
            System.out.printf("%s first call %.1f ms (main start to done %.1f ms)%n", kind,
                    (System.nanoTime() - start) / 1e6, (System.nanoTime() - jvmStart) / 1e6);
        } else {
            int warm = Integer.getInteger("warm", 2000);
            int n = Integer.getInteger("n", 3000);
            for (int i = 0; i < warm; i++) {
                call(kind, body);
            }
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                call(kind, body);
            }
            System.out.printf("%s body=%d: %.3f ms/call%n", kind, body.length, (System.nanoTime() - start) / 1e6 / n);
        }
        System.exit(0);
    }

    static void call(String kind, byte[] body) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/x");
        switch (kind) {
            case "stream", "buffered", "get" -> {
                HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                c.setRequestProperty("Content-Type", "application/x-amz-json-1.1");
                if (!kind.equals("get")) {
                    c.setRequestMethod("POST");
                    c.setDoOutput(true);
                    if (kind.equals("stream")) {
                        c.setFixedLengthStreamingMode(body.length);
                    }
                    try (OutputStream out = c.getOutputStream()) {
                        out.write(body);
                    }
                }
                c.getResponseCode();
                try (InputStream in = c.getInputStream()) {
                    in.readAllBytes();
                }
            }
            case "jdk" -> {
                if (jdkClient == null) {
                    jdkClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                }
                jdkClient.send(java.net.http.HttpRequest.newBuilder(uri)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            }
            case "shapegen" -> {
                if (shapegen == null) {
                    shapegen = io.shapegen.runtime.http.SocketHttpTransport.builder().build();
                }
                shapegen.execute(io.shapegen.runtime.http.HttpRequest.builder().method("POST").uri(uri)
                        .headers(io.shapegen.runtime.http.HttpHeaders.builder()
                                .add("Content-Type", "application/x-amz-json-1.1").build())
                        .body(body).build());
            }
            case "raw", "raw-nagle" -> raw(body, kind.equals("raw"));
            default -> throw new IllegalArgumentException(kind);
        }
    }

    static void raw(byte[] body, boolean noDelayOneWrite) throws IOException {
        if (rawSocket == null) {
            rawSocket = new Socket();
            rawSocket.setTcpNoDelay(noDelayOneWrite);
            rawSocket.connect(new InetSocketAddress("127.0.0.1", port));
            rawIn = new BufferedInputStream(rawSocket.getInputStream());
        }
        byte[] head = ("POST /x HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/x-amz-json-1.1"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = rawSocket.getOutputStream();
        if (noDelayOneWrite) {
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes(head);
            both.writeBytes(body);
            out.write(both.toByteArray());
        } else {
            out.write(head);
            out.write(body);
        }
        rawIn.readNBytes(readHead(rawIn));
    }

    static int startServer() throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket socket = listener.accept();
                    socket.setTcpNoDelay(true);
                    Thread worker = new Thread(() -> serve(socket));
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return listener.getLocalPort();
    }

    static void serve(Socket socket) {
        byte[] answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                .getBytes(StandardCharsets.US_ASCII);
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (true) {
                int length = readHead(in);
                if (length < 0) {
                    return;
                }
                in.readNBytes(length);
                socket.getOutputStream().write(answer);
            }
        } catch (IOException e) {
            // client went away
        }
    }

    /** Reads a message head; returns its Content-Length, or -1 at end of stream. */
    static int readHead(InputStream in) throws IOException {
        int length = 0;
        StringBuilder line = new StringBuilder();
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
                continue;
            }
            if (line.length() == 0) {
                return length;
            }
            String text = line.toString().toLowerCase(Locale.ROOT);
            if (text.startsWith("content-length:")) {
                length = Integer.parseInt(text.substring(15).trim());
            }
            line.setLength(0);
        }
        return any ? length : -1;
    }
}
