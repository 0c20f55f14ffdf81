package io.shapegen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The physical floor: fixed request bytes written to a plain keep-alive socket in one write, and the
 * response read by its {@code Content-Length}, with no HTTP client, no signing and no JSON. Nothing a
 * real client does can be faster over the same loopback server. Not thread-safe: one per thread.
 */
public final class RawHttpClient implements AutoCloseable {
    private static final byte[] CONTENT_LENGTH =
            "content-length:".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[16 * 1024];

    /**
     * @param port the loopback server's port on 127.0.0.1
     * @throws IOException if it cannot connect
     */
    public RawHttpClient(int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /**
     * Sends one request and reads the whole response.
     *
     * @param request the complete request bytes, head and body
     * @return the response's status code
     * @throws IOException if the exchange fails
     */
    public int exchange(byte[] request) throws IOException {
        out.write(request);
        int end = 0;
        int headEnd = -1;
        while (headEnd < 0) {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                throw new IOException("the server closed the connection");
            }
            end += read;
            headEnd = headEnd(end);
        }
        int status = (buffer[9] - '0') * 100 + (buffer[10] - '0') * 10 + (buffer[11] - '0');
        int remaining = contentLength(headEnd) - (end - headEnd - 4);
        while (remaining > 0) {
            int read = in.read(buffer, 0, Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new IOException("the server closed the connection in the body");
            }
            remaining -= read;
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private int headEnd(int end) {
        for (int i = 0; i + 3 < end; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private int contentLength(int headEnd) {
        byte[] name = CONTENT_LENGTH;
        for (int i = 0; i < headEnd; i++) {
            if (buffer[i] != '\n') {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < name.length && match; j++) {
                int b = buffer[i + 1 + j];
                match = (b >= 'A' && b <= 'Z' ? b + 32 : b) == name[j];
            }
            if (match) {
                int value = 0;
                for (int j = i + 1 + name.length; j < headEnd && buffer[j] != '\r'; j++) {
                    if (buffer[j] >= '0' && buffer[j] <= '9') {
                        value = value * 10 + buffer[j] - '0';
                    }
                }
                return value;
            }
        }
        return 0;
    }
}
