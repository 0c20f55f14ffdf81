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
 * <p>{@link #toString()} leaves out the query string (a presigned URL carries its signature and
 * session token there) and hides secret header values.
 */
public final class HttpRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte[] body;

    private HttpRequest(Builder builder) {
        this.method = requireMethod(builder.method);
        this.uri = requireUri(builder.uri);
        this.headers = builder.headers;
        this.body = builder.body;
    }

    /** @return an empty builder; method and URI are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts with this request's values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.method = method;
        builder.uri = uri;
        builder.headers = headers;
        builder.body = body;
        return builder;
    }

    /** @return the method in upper case, for example {@code POST} */
    public String method() {
        return method;
    }

    /** @return the absolute {@code http} or {@code https} URI, path and query already percent-encoded */
    public URI uri() {
        return uri;
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
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return "HttpRequest(" + method + " " + uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?…") + ", headers=" + headers + ", body=" + body.length + " bytes)";
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

    /** Collects the parts of an {@link HttpRequest}. Not thread-safe. */
    public static final class Builder {
        private String method;
        private URI uri;
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

        /** @return the request */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
