package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP request ready to send: method, absolute URI, ordered headers and a body held in memory.
 * Immutable; change a copy with {@link #toBuilder()}.
 *
 * <p>The URI is kept as its parts ({@link #scheme()}, {@link #host()}, {@link #port()}, {@link #rawPath()},
 * {@link #rawQuery()}), which is what sending and signing read; a request built from parts
 * ({@link Builder#target}) makes its {@link URI} object only if someone asks for it.
 *
 * <p>{@link #toString()} leaves out the query string (a presigned URL carries its signature and
 * session token there) and hides secret header values.
 */
public final class HttpRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final String rawPath;
    private final String rawQuery;
    private final HttpHeaders headers;
    private final byte[] body;
    /** The URI given, or made from the parts at first use; volatile because {@link URI}'s fields are not final. */
    private volatile URI uri;

    private HttpRequest(Builder builder) {
        this.method = requireMethod(builder.method);
        if (builder.uri != null) {
            URI given = requireUri(builder.uri);
            this.uri = given;
            this.scheme = given.getScheme();
            this.host = given.getHost();
            this.port = given.getPort();
            this.rawPath = given.getRawPath() == null ? "" : given.getRawPath();
            this.rawQuery = given.getRawQuery();
        } else {
            this.scheme = requireScheme(builder.scheme);
            this.host = Objects.requireNonNull(builder.host, "host");
            this.port = builder.port;
            this.rawPath = builder.rawPath;
            this.rawQuery = builder.rawQuery;
        }
        this.headers = builder.headers;
        this.body = builder.body;
    }

    private HttpRequest(HttpRequest request, HttpHeaders headers) {
        this.method = request.method;
        this.scheme = request.scheme;
        this.host = request.host;
        this.port = request.port;
        this.rawPath = request.rawPath;
        this.rawQuery = request.rawQuery;
        URI given = request.uri;
        if (given != null) {
            this.uri = given;
        }
        this.headers = headers;
        this.body = request.body;
    }

    /** @return an empty builder; method and URI (or target) are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts with this request's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.method = method;
        builder.uri = uri;
        builder.scheme = scheme;
        builder.host = host;
        builder.port = port;
        builder.rawPath = rawPath;
        builder.rawQuery = rawQuery;
        builder.headers = headers;
        builder.body = body;
        return builder;
    }

    /**
     * @param headers the headers of the copy, in sending order
     * @return a copy of this request with other headers, the rest shared
     */
    public HttpRequest withHeaders(HttpHeaders headers) {
        return new HttpRequest(this, Objects.requireNonNull(headers, "headers"));
    }

    /** @return the method in upper case, for example {@code POST} */
    public String method() {
        return method;
    }

    /** @return the absolute {@code http} or {@code https} URI, path and query already percent-encoded */
    public URI uri() {
        URI made = uri;
        if (made == null) {
            String authority = port < 0 ? host : host + ":" + port;
            made = URI.create(String.join("", scheme, "://", authority, rawPath, rawQuery == null ? "" : "?",
                    rawQuery == null ? "" : rawQuery));
            uri = made;
        }
        return made;
    }

    /** @return the URI's scheme, {@code http} or {@code https} in any case */
    public String scheme() {
        return scheme;
    }

    /** @return the URI's host as {@link URI#getHost()} gives it (an IPv6 address in brackets) */
    public String host() {
        return host;
    }

    /** @return the URI's port, or -1 when it has none (the scheme's default) */
    public int port() {
        return port;
    }

    /** @return the URI's path as sent, percent-encoded; empty for none */
    public String rawPath() {
        return rawPath;
    }

    /** @return the URI's query as sent, percent-encoded, without {@code ?}; {@code null} for none */
    public String rawQuery() {
        return rawQuery;
    }

    /** @return the headers in the order they will be sent */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return a copy of the body; empty when there is none */
    public byte[] body() {
        return body.clone();
    }

    /** @return the number of body bytes */
    public int bodyLength() {
        return body.length;
    }

    /**
     * Writes the body without copying it.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     */
    public void writeBody(OutputStream out) throws IOException {
        out.write(body);
    }

    @Override
    public String toString() {
        String shownPort = port < 0 ? "" : ":" + port;
        return "HttpRequest(" + method + " " + scheme + "://" + host + shownPort + rawPath
                + (rawQuery == null ? "" : "?…") + ", headers=" + headers + ", body=" + body.length + " bytes)";
    }

    private static String requireMethod(String method) {
        Objects.requireNonNull(method, "method");
        boolean upperCaseLetters = !method.isEmpty();
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            upperCaseLetters &= c >= 'A' && c <= 'Z';
        }
        if (!upperCaseLetters) {
            throw new IllegalArgumentException("HTTP method '" + method + "' is not valid; use an upper-case method"
                    + " such as GET, POST, PUT, DELETE, HEAD or PATCH.");
        }
        return method;
    }

    private static URI requireUri(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Request URI '" + uri.getScheme() + "://" + uri.getRawAuthority()
                    + "' is not an absolute http or https URI with a host; give a URI such as https://example.com/path.");
        }
        return uri;
    }

    private static String requireScheme(String scheme) {
        Objects.requireNonNull(scheme, "scheme");
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw new IllegalArgumentException("Scheme '" + scheme + "' is not http or https.");
        }
        return scheme;
    }

    /** Collects the parts of an {@link HttpRequest}. Not thread-safe. */
    public static final class Builder {
        private String method;
        private URI uri;
        private String scheme;
        private String host;
        private int port = -1;
        private String rawPath = "";
        private String rawQuery;
        private HttpHeaders headers = HttpHeaders.empty();
        private byte[] body = NO_BODY;

        private Builder() {
        }

        /**
         * @param method the upper-case method, for example {@code GET}
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /**
         * @param uri the absolute, already percent-encoded URI
         * @return this builder
         */
        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        /**
         * Sets the URI by its parts, which the caller vouches for: a host {@link URI} accepts, and a path and
         * query that contain only characters allowed there (percent-encoded already). Saves parsing a URI
         * for every request; {@link HttpRequest#uri()} is made from the parts when asked for.
         *
         * @param scheme {@code http} or {@code https}
         * @param host the host name or address, an IPv6 address in brackets
         * @param port the port, or -1 for the scheme's default
         * @param rawPath the encoded path, starting with {@code /}; empty for none
         * @param rawQuery the encoded query without {@code ?}, or {@code null} for none
         * @return this builder
         */
        public Builder target(String scheme, String host, int port, String rawPath, String rawQuery) {
            this.uri = null;
            this.scheme = scheme;
            this.host = host;
            this.port = port;
            this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
            this.rawQuery = rawQuery;
            return this;
        }

        /**
         * @param headers the headers, in sending order
         * @return this builder
         */
        public Builder headers(HttpHeaders headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /**
         * @param body the body, copied; {@code null} or empty for none
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = body == null || body.length == 0 ? NO_BODY : body.clone();
            return this;
        }

        /**
         * @param body the body, not copied: the caller hands it over and must not change it afterwards;
         *     {@code null} or empty for none
         * @return this builder
         */
        public Builder bodyHandedOver(byte[] body) {
            this.body = body == null || body.length == 0 ? NO_BODY : body;
            return this;
        }

        /** @return the request */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
