package io.shapegen.runtime.http;

import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLSocketFactory;

/**
 * The default {@link HttpTransport}: a small HTTP/1.1 client on JDK sockets, for {@code http} and
 * {@code https}.
 *
 * <ul>
 *   <li>Keep-alive: connections are pooled per host and proxy and reused while idle for less than
 *       {@link Builder#maxIdleTime(Duration)}; a pooled connection the server closed meanwhile is
 *       replaced once, transparently.</li>
 *   <li>Each request leaves in one write with {@code TCP_NODELAY}, headers exactly as given: no
 *       extra {@code Accept}, {@code Content-Type} or {@code User-Agent} is added.</li>
 *   <li>TLS uses the JDK defaults ({@link SSLSocketFactory#getDefault()}, so the
 *       {@code javax.net.ssl.*} system properties apply) with host name verification.</li>
 *   <li>Proxies come from {@link ProxySelector#getDefault()}, which reads {@code http.proxyHost},
 *       {@code http.proxyPort}, {@code https.proxyHost}, {@code https.proxyPort},
 *       {@code http.nonProxyHosts} and {@code socksProxyHost}; it is asked whenever a new connection is
 *       opened, as in the JDK's own clients. Proxy authentication is not supported.</li>
 *   <li>Redirects are not followed; the caller sees the 3xx response.</li>
 * </ul>
 *
 * <p>Why not {@code java.net.http.HttpClient} or {@code HttpURLConnection}: see
 * {@code docs/transport.md} (cold start, and a 1 ms probe per streamed POST).
 */
public final class SocketHttpTransport implements HttpTransport {
    private final int readTimeoutMillis;
    private final ProxySelector proxySelector;
    private final Connector connector;
    private final ConnectionPool pool;
    /** The route of the origin called last; requests to it that find a pooled connection skip proxy selection. */
    private volatile OriginRoute lastRoute;

    private SocketHttpTransport(Builder builder) {
        this.readTimeoutMillis = millis(builder.readTimeout, "readTimeout");
        this.proxySelector = builder.proxySelector;
        this.connector = new Connector(millis(builder.connectTimeout, "connectTimeout"), builder.tlsSocketFactory);
        this.pool = new ConnectionPool(builder.maxIdleConnectionsPerRoute, builder.maxIdleTime.toNanos());
    }

    /** @return a builder with the defaults: 2 s connect, 30 s read, JDK proxy and TLS settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        // The proxy selector is asked whenever a new connection is opened, as the JDK's own clients do; a request
        // that reuses a pooled connection takes the route last found for its origin (selecting costs ~0.8 KB).
        OriginRoute last = lastRoute;
        boolean selected = last == null || !last.matches(request);
        Route route = selected ? selectRoute(request) : last.route;
        for (int attempt = 1; ; attempt++) {
            Connection connection = attempt == 1 ? pool.take(route, System.nanoTime()) : null;
            if (connection == null) {
                if (!selected) {
                    route = selectRoute(request);
                    selected = true;
                }
                connection = connector.open(route);
            }
            Route origin = route;
            try {
                connection.readTimeoutMillis(readTimeoutMillis);
                RequestWriter.write(request, route, connection.out(), connection.head());
                awaitFirstByte(connection.in(), origin);
            } catch (IOException | RuntimeException e) {
                connection.close();
                boolean stale = connection.reused() && e instanceof IOException && !(e instanceof SocketTimeoutException);
                if (stale && attempt == 1) {
                    // The logger is fetched only here: initializing logging costs milliseconds at startup.
                    System.getLogger(SocketHttpTransport.class.getName()).log(Level.DEBUG, () -> "Pooled connection to " + origin + " was closed by the server ("
                            + e.getClass().getSimpleName() + "); sending on a new connection.");
                    continue;
                }
                throw e;
            }
            ResponseReader.Result result;
            try {
                result = ResponseReader.read(connection.in(), request.method(), origin);
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
            if (result.keepAlive()) {
                pool.release(connection, System.nanoTime());
            } else {
                connection.close();
            }
            return result.response();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private Route selectRoute(HttpRequest request) throws IOException {
        Route route = route(request);
        lastRoute = new OriginRoute(request, route);
        return route;
    }

    private Route route(HttpRequest request) throws IOException {
        String scheme = request.scheme().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https");
        String host = request.host();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = request.port() >= 0 ? request.port() : secure ? 443 : 80;
        return new Route(secure, host, port, proxyFor(scheme, host, port));
    }

    private Proxy proxyFor(String scheme, String host, int port) throws IOException {
        ProxySelector selector = proxySelector != null ? proxySelector : ProxySelector.getDefault();
        if (selector == null) {
            return Proxy.NO_PROXY;
        }
        String literal = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        List<Proxy> proxies = selector.select(URI.create(String.join("", scheme, "://", literal, ":",
                Integer.toString(port))));
        for (Proxy proxy : proxies) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return Proxy.NO_PROXY;
            }
            if (proxy.address() instanceof InetSocketAddress) {
                return proxy;
            }
        }
        return Proxy.NO_PROXY;
    }

    /** Waits for the response's first byte, without consuming it, so a dead pooled connection shows up here. */
    private static void awaitFirstByte(HttpInput in, Route origin) throws IOException {
        if (!in.awaitData()) {
            throw new EOFException("The server " + origin + " closed the connection without answering.");
        }
    }

    private static int millis(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is " + duration + "; give a positive duration such as"
                    + " Duration.ofSeconds(10).");
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    /** An origin as a request spells it, and its route. */
    private static final class OriginRoute {
        private final String scheme;
        private final String host;
        private final int port;
        private final Route route;

        OriginRoute(HttpRequest request, Route route) {
            this.scheme = request.scheme();
            this.host = request.host();
            this.port = request.port();
            this.route = route;
        }

        boolean matches(HttpRequest request) {
            return port == request.port() && host.equals(request.host()) && scheme.equals(request.scheme());
        }
    }

    /** Settings of a {@link SocketHttpTransport}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration maxIdleTime = Duration.ofSeconds(30);
        private int maxIdleConnectionsPerRoute = 16;
        private ProxySelector proxySelector;
        private SSLSocketFactory tlsSocketFactory;

        private Builder() {
        }

        /**
         * @param connectTimeout the longest wait to open a connection, TLS handshake included
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout the longest wait for the next bytes of a response
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param maxIdleTime how long an unused connection is kept for reuse
         * @return this builder
         */
        public Builder maxIdleTime(Duration maxIdleTime) {
            this.maxIdleTime = Objects.requireNonNull(maxIdleTime, "maxIdleTime");
            return this;
        }

        /**
         * @param max how many unused connections to keep per host; 0 disables reuse
         * @return this builder
         */
        public Builder maxIdleConnectionsPerRoute(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxIdleConnectionsPerRoute is " + max + "; give 0 or more.");
            }
            this.maxIdleConnectionsPerRoute = max;
            return this;
        }

        /**
         * @param proxySelector where to find proxies; by default {@link ProxySelector#getDefault()}, read at each
         *     request, so the JDK's proxy system properties apply
         * @return this builder
         */
        public Builder proxySelector(ProxySelector proxySelector) {
            this.proxySelector = proxySelector;
            return this;
        }

        /**
         * @param factory TLS sockets to use instead of the JDK default
         * @return this builder
         */
        public Builder tlsSocketFactory(SSLSocketFactory factory) {
            this.tlsSocketFactory = factory;
            return this;
        }

        /** @return the transport */
        public SocketHttpTransport build() {
            return new SocketHttpTransport(this);
        }
    }
}
