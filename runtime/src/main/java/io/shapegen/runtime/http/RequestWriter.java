package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Writes an HTTP/1.1 request: request line, the request's own headers exactly as given (plus
 * {@code Host} and {@code Content-Length} when missing), then the body, flushed once so that a small
 * request leaves in one TCP segment.
 */
final class RequestWriter {
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private RequestWriter() {
    }

    /**
     * @param request the request
     * @param route where it goes
     * @param out the connection's output
     * @param head the connection's reusable buffer for the request head
     */
    static void write(HttpRequest request, Route route, OutputStream out, HeadBuffer head) throws IOException {
        URI uri = request.uri();
        head.reset();
        head.append(request.method()).append(' ');
        if (route.viaHttpProxyInAbsoluteForm()) {
            head.append("http://").append(route.hostHeader());
        }
        String path = uri.getRawPath();
        head.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        HttpHeaders headers = request.headers();
        if (!headers.contains("Host")) {
            head.append("Host: ").append(route.hostHeader()).append("\r\n");
        }
        if (headers.contains("Transfer-Encoding")) {
            throw new IllegalArgumentException("The request sets Transfer-Encoding, but this transport sends bodies"
                    + " with Content-Length only; remove the Transfer-Encoding header.");
        }
        String declaredLength = headers.firstValue("Content-Length").orElse(null);
        if (declaredLength == null) {
            if (request.bodyLength() > 0 || METHODS_WITH_BODY.contains(request.method())) {
                head.append("Content-Length: ").append(request.bodyLength()).append("\r\n");
            }
        } else if (!declaredLength.trim().equals(Integer.toString(request.bodyLength()))) {
            throw new IllegalArgumentException("The request's Content-Length header says " + declaredLength.trim()
                    + " but the body has " + request.bodyLength() + " bytes; remove the header or make it match.");
        }
        for (Map.Entry<String, String> header : headers.entries()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("\r\n");
        head.writeTo(out);
        request.writeBody(out);
        out.flush();
    }

    /**
     * The bytes of a request head, built in place: header values are ISO-8859-1 on the wire, and characters
     * beyond it become {@code '?'}, as in the JDK's own clients. One per connection, reused by each request.
     */
    static final class HeadBuffer {
        private byte[] bytes = new byte[1024];
        private int length;

        void reset() {
            length = 0;
        }

        HeadBuffer append(String text) {
            int n = text.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < 256) {
                    bytes[length++] = (byte) c;
                } else {
                    bytes[length++] = '?';
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++; // one '?' per code point, as String.getBytes writes it
                    }
                }
            }
            return this;
        }

        HeadBuffer append(char c) {
            ensure(1);
            bytes[length++] = c < 256 ? (byte) c : (byte) '?';
            return this;
        }

        HeadBuffer append(int value) {
            return append(Integer.toString(value));
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, length);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
