package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * One open HTTP/1.1 connection (plain or TLS) with its buffered input and its request buffer. Used by one call
 * at a time.
 */
final class Connection implements AutoCloseable {
    private final Route route;
    private final Socket socket;
    private final HttpInput in;
    private final OutputStream out;
    private final RequestWriter.HeadBuffer head = new RequestWriter.HeadBuffer();
    private long idleSinceNanos;
    /** The read timeout the socket has, so that an unchanged one is not set again for every request. */
    private int readTimeoutMillis = -1;
    private boolean reused;

    Connection(Route route, Socket socket) throws IOException {
        this.route = route;
        this.socket = socket;
        this.in = new HttpInput(socket.getInputStream(), 16 * 1024);
        // Unbuffered: RequestWriter hands over a whole request (head and small body) in one write.
        this.out = socket.getOutputStream();
    }

    Route route() {
        return route;
    }

    HttpInput in() {
        return in;
    }

    /** @return the buffer the request head is written into, reused by every request on this connection */
    RequestWriter.HeadBuffer head() {
        return head;
    }

    OutputStream out() {
        return out;
    }

    void readTimeoutMillis(int millis) throws IOException {
        if (millis != readTimeoutMillis) {
            socket.setSoTimeout(millis);
            readTimeoutMillis = millis;
        }
    }

    /** Marks the connection idle, as it goes back to the pool. */
    void idleSince(long nanos) {
        this.idleSinceNanos = nanos;
        this.reused = true;
    }

    long idleSinceNanos() {
        return idleSinceNanos;
    }

    /** @return whether this connection carried an earlier exchange, so the server may have closed it meanwhile */
    boolean reused() {
        return reused;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the socket is unusable either way.
        }
    }
}
