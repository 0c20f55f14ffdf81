package io.shapegen.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads an HTTP/1.x response: status line, headers, and a body framed by length, chunks or end of stream. */
final class ResponseReader {
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADER_LINES = 500;

    /**
     * A response with what it says about the connection.
     *
     * @param response the response
     * @param keepAlive whether the connection may carry another request
     */
    record Result(HttpResponse response, boolean keepAlive) {
    }

    private ResponseReader() {
    }

    /**
     * @param in the connection's input
     * @param method the request method ({@code HEAD} responses have no body)
     * @param origin the server, named in messages (its text is made only for a message)
     * @return the response
     * @throws EOFException if the stream ends before the status line: the server closed the connection
     * @throws IOException if the stream fails or the response is not HTTP/1.x
     */
    static Result read(InputStream in, String method, Route origin) throws IOException {
        while (true) {
            String statusLine = readLine(in);
            if (statusLine == null) {
                throw new EOFException("The server " + origin + " closed the connection without answering.");
            }
            if (statusLine.isEmpty()) {
                continue; // tolerate a stray CRLF left after a previous body
            }
            int status = parseStatus(statusLine, origin);
            ReceivedHeaderLines.Framing head = ReceivedHeaderLines.read(readHeaderLines(in, origin), origin);
            if (status >= 100 && status < 200 && status != 101) {
                continue; // 100 Continue, 103 Early Hints: the real response follows
            }
            boolean http10 = statusLine.startsWith("HTTP/1.0");
            boolean keepAlive = !http10 && !head.close();
            HttpHeaders headers = head.headers();
            if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
                return new Result(HttpResponse.handOver(status, headers, null), keepAlive);
            }
            String transferEncoding = head.transferEncoding() == null ? "" : head.transferEncoding();
            if (transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                return new Result(HttpResponse.handOver(status, headers, readChunked(in, origin)), keepAlive);
            }
            String length = head.contentLength();
            if (length != null) {
                long bytes = parseLength(length, origin);
                byte[] body = in.readNBytes((int) bytes);
                if (body.length != bytes) {
                    throw new EOFException("The server " + origin + " announced a " + bytes + "-byte body but closed"
                            + " the connection after " + body.length + " bytes.");
                }
                return new Result(HttpResponse.handOver(status, headers, body), keepAlive);
            }
            return new Result(HttpResponse.handOver(status, headers, in.readAllBytes()), false);
        }
    }

    private static int parseStatus(String statusLine, Route origin) throws IOException {
        if (statusLine.startsWith("HTTP/1.") && statusLine.length() >= 12 && statusLine.charAt(8) == ' ') {
            char a = statusLine.charAt(9);
            char b = statusLine.charAt(10);
            char c = statusLine.charAt(11);
            if (a >= '1' && a <= '9' && b >= '0' && b <= '9' && c >= '0' && c <= '9') {
                return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
            }
        }
        throw new IOException("The server " + origin + " did not answer with HTTP/1.x (status line starts with '"
                + printable(statusLine) + "'); check that the endpoint and its scheme (http or https) are right.");
    }

    /** @return the header lines up to the empty line, each ending in LF, without the empty line */
    private static byte[] readHeaderLines(InputStream in, Route origin) throws IOException {
        if (in instanceof HttpInput buffered) {
            return buffered.readHeaderLines(MAX_LINE, MAX_HEADER_LINES, origin);
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int count = 0; ; count++) {
            if (count > MAX_HEADER_LINES) {
                throw new IOException("The server " + origin + " sent more than " + MAX_HEADER_LINES + " header lines.");
            }
            String line = readLine(in);
            if (line == null) {
                throw new EOFException("The server " + origin + " closed the connection in the middle of the headers.");
            }
            if (line.isEmpty()) {
                return lines.toByteArray();
            }
            lines.writeBytes(line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            lines.write('\n');
        }
    }

    private static byte[] readChunked(InputStream in, Route origin) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new EOFException("The server " + origin + " closed the connection in a chunked body.");
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("The server " + origin + " sent a chunk size that is not hexadecimal: '"
                        + printable(hex) + "'.", e);
            }
            if (size < 0 || body.size() + size > Integer.MAX_VALUE - 8) {
                throw new IOException("The server " + origin + " sent a chunked body larger than 2 GiB.");
            }
            if (size == 0) {
                String trailer;
                do {
                    trailer = readLine(in);
                } while (trailer != null && !trailer.isEmpty());
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length != size) {
                throw new EOFException("The server " + origin + " closed the connection in a chunked body.");
            }
            body.write(chunk);
            readLine(in); // the CRLF after the chunk
        }
    }

    private static long parseLength(String length, Route origin) throws IOException {
        try {
            long bytes = Long.parseLong(length);
            if (bytes >= 0 && bytes <= Integer.MAX_VALUE - 8) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException("The server " + origin + " sent Content-Length '" + printable(length)
                + "', which is not a length this client can read.");
    }

    /**
     * Reads one line of ISO-8859-1 text ending in LF (an optional CR before it is dropped).
     *
     * @return the line, or {@code null} at end of stream before any byte
     */
    static String readLine(InputStream in) throws IOException {
        if (in instanceof HttpInput buffered) {
            return buffered.readLine(MAX_LINE);
        }
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("A line of the HTTP response is longer than " + MAX_LINE + " bytes.");
            }
            line.append((char) c);
        }
        if (line.length() == 0) {
            return null;
        }
        throw new EOFException("The connection ended in the middle of a line of the HTTP response.");
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < 80; i++) {
            char c = text.charAt(i);
            out.append(c >= 32 && c < 127 ? c : '?');
        }
        return out.toString();
    }
}
