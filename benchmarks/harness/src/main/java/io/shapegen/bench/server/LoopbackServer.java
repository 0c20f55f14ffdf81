package io.shapegen.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 keep-alive server on 127.0.0.1 that answers chime-sdk-identity requests with
 * {@link CannedChime} responses. One thread per connection, blocking sockets with {@code TCP_NODELAY},
 * every response in one write, and no allocation per request after the first (buffers are reused and
 * requests are matched on bytes), so the server costs as little CPU as a server can and is the same
 * for every client measured against it.
 *
 * <p>Run it as its own process ({@link #main}), so neither its CPU time nor its allocations are counted
 * in the client's JVM.
 */
public final class LoopbackServer implements AutoCloseable {
    private static final byte[] GET_APP_INSTANCE = "GET /app-instances/".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] POST_APP_INSTANCES = "POST /app-instances ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.ISO_8859_1);

    private final ServerSocket server;
    private final AtomicLong requests = new AtomicLong();
    private final Thread acceptor;
    private volatile byte[] lastRequest;
    private final boolean capture;

    private LoopbackServer(int port, boolean capture) throws IOException {
        this.capture = capture;
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 128);
        acceptor = new Thread(this::acceptLoop, "loopback-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * @param port the port on 127.0.0.1, 0 for any free one
     * @return a running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackServer start(int port) throws IOException {
        return new LoopbackServer(port, false);
    }

    /**
     * A server that also keeps a copy of the last complete request it read, so a benchmark can replay a
     * client's exact bytes (the raw-socket floor).
     *
     * @return a running server on a free port
     * @throws IOException if no port can be bound
     */
    public static LoopbackServer startCapturing() throws IOException {
        return new LoopbackServer(0, true);
    }

    /** @return the bytes of the last request read (head and body), when capturing and the body was buffered */
    public java.util.Optional<byte[]> lastRequest() {
        return java.util.Optional.ofNullable(lastRequest);
    }

    /** @return the port it listens on */
    public int port() {
        return server.getLocalPort();
    }

    /** @return how many requests it has answered */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /**
     * Runs the server until its process is killed, or until standard input closes.
     *
     * @param args {@code [port [portFile]]}: the port (0 = any) and a file to write the bound port to
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (LoopbackServer server = start(port)) {
            if (args.length > 1) {
                Path file = Path.of(args[1]);
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.writeString(temp, Integer.toString(server.port()));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            System.out.println("loopback server on 127.0.0.1:" + server.port());
            System.out.flush();
            // The runner closes our standard input to stop us; a terminal user presses Ctrl-D or Ctrl-C.
            while (System.in.read() != -1) {
                // ignore input
            }
            System.out.println("loopback server answered " + server.requests() + " requests");
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread connection = new Thread(() -> serve(socket), "loopback-conn");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        byte[] buffer = new byte[64 * 1024];
        int start = 0;
        int end = 0;
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                int headEnd = indexOfHeadEnd(buffer, start, end);
                while (headEnd < 0) {
                    if (start > 0) {
                        System.arraycopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    if (end == buffer.length) {
                        throw new IOException("request head larger than " + buffer.length + " bytes");
                    }
                    int read = in.read(buffer, end, buffer.length - end);
                    if (read < 0) {
                        return;
                    }
                    end += read;
                    headEnd = indexOfHeadEnd(buffer, start, end);
                }
                long bodyLength = contentLength(buffer, start, headEnd);
                byte[] answer = answerFor(buffer, start);
                int next = headEnd + 4;
                long buffered = Math.min(bodyLength, end - next);
                if (capture && buffered == bodyLength) {
                    lastRequest = java.util.Arrays.copyOfRange(buffer, start, next + (int) bodyLength);
                }
                next += (int) buffered;
                for (long remaining = bodyLength - buffered; remaining > 0; ) {
                    // Discard a body larger than what is buffered.
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                    if (read < 0) {
                        return;
                    }
                    remaining -= read;
                    next = end = 0;
                }
                start = next;
                if (start == end) {
                    start = end = 0;
                }
                out.write(answer);
                out.flush();
                requests.incrementAndGet();
            }
        } catch (SocketException e) {
            // the client closed the connection
        } catch (IOException e) {
            System.err.println("connection failed: " + e);
        }
    }

    private static byte[] answerFor(byte[] buffer, int start) {
        if (startsWith(buffer, start, GET_APP_INSTANCE)) {
            return CannedChime.DESCRIBE_APP_INSTANCE;
        }
        if (startsWith(buffer, start, POST_APP_INSTANCES)) {
            return CannedChime.CREATE_APP_INSTANCE;
        }
        return CannedChime.NOT_FOUND;
    }

    private static int indexOfHeadEnd(byte[] buffer, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Finds {@code Content-Length} (any case) at the start of a header line. */
    private static long contentLength(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n' && matchesIgnoreCase(buffer, i + 1, CONTENT_LENGTH)) {
                long value = 0;
                for (int j = i + 1 + CONTENT_LENGTH.length; j < to && buffer[j] != '\r'; j++) {
                    if (buffer[j] >= '0' && buffer[j] <= '9') {
                        value = value * 10 + (buffer[j] - '0');
                    }
                }
                return value;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] buffer, int at, byte[] prefix) {
        if (at + prefix.length > buffer.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesIgnoreCase(byte[] buffer, int at, byte[] lowerCase) {
        if (at + lowerCase.length > buffer.length) {
            return false;
        }
        for (int i = 0; i < lowerCase.length; i++) {
            byte b = buffer[at + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }
}
