package io.shapegen.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response read completely: status code, headers and body bytes. Immutable.
 *
 * @param statusCode the status code, for example {@code 200}
 * @param headers the headers in the order the server sent them
 * @param body the body; empty when there is none
 */
public record HttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
    /** Validates and copies the components. */
    public HttpResponse {
        if (statusCode < 100 || statusCode > 999) {
            throw new IllegalArgumentException("HTTP status " + statusCode + " is not a three-digit status code.");
        }
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body.clone();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
        return body.clone();
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
