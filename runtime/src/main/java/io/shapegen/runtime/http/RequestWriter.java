package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    static void write(HttpRequest request, Route route, OutputStream out) throws IOException {
        URI uri = request.uri();
        StringBuilder head = new StringBuilder(256);
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
        // Header values are ISO-8859-1 on the wire; characters beyond it become '?', as in the JDK's own clients.
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBody(out);
        out.flush();
    }
}
