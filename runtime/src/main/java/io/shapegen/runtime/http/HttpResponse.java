package io.shapegen.runtime.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response read completely: status code, headers and body bytes. Immutable.
 *
 * <p>{@link #body()} hands out a copy; {@link #readBody} lends the bytes to a reader without one.
 */
public final class HttpResponse {
    private static final byte[] NO_BODY = new byte[0];

    private final int statusCode;
    private final HttpHeaders headers;
    private final byte[] body;

    /**
     * @param statusCode the status code, for example {@code 200}
     * @param headers the headers in the order the server sent them
     * @param body the body, copied; {@code null} or empty for none
     */
    public HttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
        this(statusCode, headers, body == null || body.length == 0 ? NO_BODY : body.clone(), true);
    }

    /** Takes the body as it is; {@code handedOver} only tells this constructor apart from the copying one. */
    private HttpResponse(int statusCode, HttpHeaders headers, byte[] body, boolean handedOver) {
        if (statusCode < 100 || statusCode > 999) {
            throw new IllegalArgumentException("HTTP status " + statusCode + " is not a three-digit status code.");
        }
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body;
    }

    /**
     * @param body the body read for this response, not copied: nothing else may keep or change it
     * @return the response
     */
    static HttpResponse handOver(int statusCode, HttpHeaders headers, byte[] body) {
        return new HttpResponse(statusCode, headers, body == null || body.length == 0 ? NO_BODY : body, true);
    }

    /** @return the status code, for example {@code 200} */
    public int statusCode() {
        return statusCode;
    }

    /** @return the headers in the order the server sent them */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return a copy of the body; empty when there is none */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Reads the body in place, without copying it.
     *
     * @param <T> what the reader makes of the body
     * @param reader reads the bytes it is lent; it must neither change nor keep them
     * @return what the reader returns
     * @throws IOException if the reader fails
     */
    public <T> T readBody(BodyReader<T> reader) throws IOException {
        return reader.read(body, 0, body.length);
    }

    /** @return the body decoded as UTF-8 */
    public String bodyAsUtf8() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the number of body bytes */
    public int bodyLength() {
        return body.length;
    }

    /** @return whether the status code is 2xx */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpResponse that && statusCode == that.statusCode && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * statusCode + headers.hashCode()) + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "HttpResponse(" + statusCode + ", headers=" + headers + ", body=" + body.length + " bytes)";
    }
}
