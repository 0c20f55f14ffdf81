package io.shapegen.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Writes an HTTP/1.1 request: request line, the request's own headers exactly as given (plus
 * {@code Host} and {@code Content-Length} when missing), then the body; a request with a body up to 16 KiB
 * leaves in one write, so that a small request takes one system call and one TCP segment.
 */
final class RequestWriter {
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    /** Bodies up to this size are copied behind the head, so that the request takes one write (one system call). */
    private static final int MAX_BODY_IN_HEAD_WRITE = 16 * 1024;

    private RequestWriter() {
    }

    /**
     * @param request the request
     * @param route where it goes
     * @param out the connection's output
     * @param head the connection's reusable buffer for the request head
     */
    static void write(HttpRequest request, Route route, OutputStream out, HeadBuffer head) throws IOException {
        head.reset();
        head.append(request.method()).append(' ');
        if (route.viaHttpProxyInAbsoluteForm()) {
            head.append("http://").append(route.hostHeader());
        }
        String path = request.rawPath();
        head.append(path == null || path.isEmpty() ? "/" : path);
        if (request.rawQuery() != null) {
            head.append('?').append(request.rawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        HttpHeaders headers = request.headers();
        int size = headers.size();
        boolean host = false;
        String declaredLength = null;
        for (int i = 0; i < size; i++) {
            String name = headers.name(i);
            if (name.equalsIgnoreCase("Host")) {
                host = true;
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                throw new IllegalArgumentException("The request sets Transfer-Encoding, but this transport sends bodies"
                        + " with Content-Length only; remove the Transfer-Encoding header.");
            } else if (declaredLength == null && name.equalsIgnoreCase("Content-Length")) {
                declaredLength = headers.value(i);
            }
        }
        if (!host) {
            head.append("Host: ").append(route.hostHeader()).append("\r\n");
        }
        if (declaredLength == null) {
            if (request.bodyLength() > 0 || METHODS_WITH_BODY.contains(request.method())) {
                head.append("Content-Length: ").append(request.bodyLength()).append("\r\n");
            }
        } else if (!isDecimal(declaredLength.trim(), request.bodyLength())) {
            throw new IllegalArgumentException("The request's Content-Length header says " + declaredLength.trim()
                    + " but the body has " + request.bodyLength() + " bytes; remove the header or make it match.");
        }
        for (int i = 0; i < size; i++) {
            head.append(headers.name(i)).append(": ").append(headers.value(i)).append("\r\n");
        }
        head.append("\r\n");
        if (request.bodyLength() <= MAX_BODY_IN_HEAD_WRITE) {
            request.writeBody(head); // head and body leave in one write
            head.writeTo(out);
        } else {
            head.writeTo(out);
            request.writeBody(out);
        }
        out.flush();
    }

    /** @return whether the text is the number as {@link Integer#toString(int)} writes it */
    private static boolean isDecimal(String text, int number) {
        if (number < 0) {
            return text.equals(Integer.toString(number));
        }
        int length = text.length();
        if (length == 0 || length > 10 || length > 1 && text.charAt(0) == '0') {
            return false;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value == number;
    }

    /**
     * The bytes of a request head, built in place, and of a small body written behind it: header values are
     * ISO-8859-1 on the wire, and characters beyond it become {@code '?'}, as in the JDK's own clients. One per
     * connection, reused by each request.
     */
    static final class HeadBuffer extends OutputStream {
        private byte[] bytes = new byte[1024];
        private int length;

        void reset() {
            length = 0;
        }

        HeadBuffer append(String text) {
            int n = text.length();
            ensure(n);
            byte[] target = bytes;
            int at = length;
            int i = 0;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 256) {
                    break;
                }
                target[at + i] = (byte) c;
            }
            length = at + i;
            for (; i < n; i++) {
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

        @Override
        public void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            java.util.Objects.checkFromIndexSize(offset, count, source.length);
            ensure(count);
            System.arraycopy(source, offset, bytes, length, count);
            length += count;
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
