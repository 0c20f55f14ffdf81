package io.shapegen.runtime.http;

import java.io.IOException;
import java.time.Duration;

/**
 * Sends one HTTP request and reads the whole response. Implementations are thread-safe and may keep
 * connections open between calls; {@link #close()} releases them.
 *
 * <p>The default, {@link SocketHttpTransport}, needs nothing but the JDK. Plug in another
 * implementation to use a different HTTP stack or to record requests in tests.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends a request and reads the complete response, whatever its status code.
     *
     * @param request the request, already signed
     * @return the response
     * @throws IOException if the request could not be sent or the response could not be read,
     *     including timeouts ({@link java.net.SocketTimeoutException})
     */
    HttpResponse execute(HttpRequest request) throws IOException;

    /** Releases pooled connections. Calls after this may fail. */
    @Override
    void close();

    /**
     * The default transport with the given timeouts.
     *
     * @param connectTimeout the longest wait to open a connection (TCP, and TLS handshake)
     * @param readTimeout the longest wait for the next bytes of the response
     * @return a new {@link SocketHttpTransport}
     */
    static HttpTransport createDefault(Duration connectTimeout, Duration readTimeout) {
        return SocketHttpTransport.builder().connectTimeout(connectTimeout).readTimeout(readTimeout).build();
    }
}
