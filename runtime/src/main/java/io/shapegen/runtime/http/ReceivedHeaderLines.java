package io.shapegen.runtime.http;

import java.nio.charset.StandardCharsets;

/**
 * The header lines of a response as they arrived, checked once, with what the transport itself needs
 * ({@code Content-Length}, {@code Transfer-Encoding}, {@code Connection: close}) picked out of the bytes.
 * Names and values become strings only when someone reads the headers ({@link HttpHeaders#received}):
 * most successful calls never do.
 *
 * <p>Lines the quick check does not take as plain {@code name: value} (obsolete line folding, a bad name or
 * value) are parsed at once, exactly as before, so that they fail or fold in the same way.
 */
final class ReceivedHeaderLines {
    private final byte[] bytes;
    private final int lineCount;

    private ReceivedHeaderLines(byte[] bytes, int lineCount) {
        this.bytes = bytes;
        this.lineCount = lineCount;
    }

    /**
     * What the transport reads from the headers to frame the body and keep the connection.
     *
     * @param headers the headers, parsed only when someone reads them
     * @param contentLength the first {@code Content-Length} value, trimmed, or {@code null}
     * @param transferEncoding the first {@code Transfer-Encoding} value, or {@code null}
     * @param close whether a {@code Connection} header says {@code close}
     */
    record Framing(HttpHeaders headers, String contentLength, String transferEncoding, boolean close) {
    }

    /**
     * @param bytes header lines, each ending in LF (CR LF usually), without the empty line after them
     * @return the headers and what frames the body
     * @throws IllegalArgumentException if a header name or value is not valid, as {@link HttpHeaders.Builder} says
     * @throws java.io.IOException if a line has no name
     */
    static Framing read(byte[] bytes, Route origin) throws java.io.IOException {
        String contentLength = null;
        String transferEncoding = null;
        boolean close = false;
        int lines = 0;
        for (int start = 0; start < bytes.length; ) {
            int lf = indexOfLf(bytes, start);
            int end = lf > start && bytes[lf - 1] == '\r' ? lf - 1 : lf;
            int colon = plainHeaderColon(bytes, start, end);
            if (colon < 0) {
                return parseNow(bytes, origin);
            }
            int nameEnd = trimEnd(bytes, start, colon);
            int valueStart = trimStart(bytes, colon + 1, end);
            int valueEnd = trimEnd(bytes, valueStart, end);
            if (nameIs(bytes, start, nameEnd, "content-length")) {
                if (contentLength == null) {
                    contentLength = text(bytes, valueStart, valueEnd);
                }
            } else if (nameIs(bytes, start, nameEnd, "transfer-encoding")) {
                if (transferEncoding == null) {
                    transferEncoding = text(bytes, valueStart, valueEnd);
                }
            } else if (nameIs(bytes, start, nameEnd, "connection")) {
                close |= containsClose(bytes, valueStart, valueEnd);
            }
            lines++;
            start = lf + 1;
        }
        return new Framing(HttpHeaders.received(new ReceivedHeaderLines(bytes, lines)), contentLength, transferEncoding,
                close);
    }

    /** Parses at once, the way every line used to be parsed: for folded lines and lines that fail. */
    private static Framing parseNow(byte[] bytes, Route origin) throws java.io.IOException {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        String name = null;
        String value = null;
        for (int start = 0; start <= bytes.length; ) {
            String line;
            if (start == bytes.length) {
                line = "";
            } else {
                int lf = indexOfLf(bytes, start);
                int end = lf > start && bytes[lf - 1] == '\r' ? lf - 1 : lf;
                line = text(bytes, start, end);
                start = lf + 1;
            }
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
                value = value + " " + line.trim(); // obsolete line folding
                continue;
            }
            if (name != null) {
                builder.add(name, value);
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new java.io.IOException("The server " + origin + " sent a header line without a name: '"
                        + ResponseReader.printable(line) + "'.");
            }
            name = line.substring(trimStart(line, 0, colon), trimEnd(line, 0, colon));
            value = line.substring(trimStart(line, colon + 1, line.length()), trimEnd(line, colon + 1, line.length()));
        }
        HttpHeaders headers = builder.build();
        boolean close = false;
        for (int i = 0; i < headers.size(); i++) {
            close |= headers.name(i).equalsIgnoreCase("Connection") && containsClose(headers.value(i));
        }
        String length = headers.firstValueOrNull("Content-Length");
        return new Framing(headers, length == null ? null : length.trim(), headers.firstValueOrNull("Transfer-Encoding"),
                close);
    }

    /** @return the lines as names and values, trimmed as they were received */
    HttpHeaders.Builder parse() {
        HttpHeaders.Builder builder = HttpHeaders.builder(lineCount);
        for (int start = 0; start < bytes.length; ) {
            int lf = indexOfLf(bytes, start);
            int end = lf > start && bytes[lf - 1] == '\r' ? lf - 1 : lf;
            int colon = indexOf(bytes, start, end, ':');
            int nameEnd = trimEnd(bytes, start, colon);
            int valueStart = trimStart(bytes, colon + 1, end);
            builder.addChecked(text(bytes, start, nameEnd), text(bytes, valueStart, trimEnd(bytes, valueStart, end)));
            start = lf + 1;
        }
        return builder;
    }

    /**
     * @return the index of the colon of a line {@link HttpHeaders.Builder} takes as it is: a token name right at
     *     the start, a value without CR or NUL inside; -1 for anything else
     */
    private static int plainHeaderColon(byte[] bytes, int start, int end) {
        int colon = -1;
        for (int i = start; i < end; i++) {
            int c = bytes[i] & 0xFF;
            if (c == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= start) {
            return -1;
        }
        int nameEnd = trimEnd(bytes, start, colon);
        for (int i = start; i < nameEnd; i++) {
            if (!HttpHeaders.isTokenChar(bytes[i])) {
                return -1;
            }
        }
        if (nameEnd == start) {
            return -1;
        }
        for (int i = colon + 1; i < end; i++) {
            byte c = bytes[i];
            if (c == '\r' || c == 0) {
                return -1; // left for parseNow: trimmed off at the ends, refused inside
            }
        }
        return colon;
    }

    private static int indexOfLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length; // the caller's lines end in LF; stay in bounds if one does not
    }

    private static int indexOf(byte[] bytes, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return to;
    }

    private static int trimStart(byte[] bytes, int start, int end) {
        while (start < end && (bytes[start] & 0xFF) <= ' ') {
            start++;
        }
        return start;
    }

    private static int trimEnd(byte[] bytes, int start, int end) {
        while (end > start && (bytes[end - 1] & 0xFF) <= ' ') {
            end--;
        }
        return end;
    }

    private static int trimStart(String text, int start, int end) {
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return end;
    }

    /** @return whether the bytes spell the name, ASCII case ignored ({@code lowerCaseName} is lower case) */
    private static boolean nameIs(byte[] bytes, int start, int end, String lowerCaseName) {
        if (end - start != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < lowerCaseName.length(); i++) {
            int c = bytes[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsClose(byte[] bytes, int start, int end) {
        for (int i = start; i + 5 <= end; i++) {
            if (nameIs(bytes, i, i + 5, "close")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsClose(String text) {
        for (int i = 0; i + 5 <= text.length(); i++) {
            if (text.regionMatches(true, i, "close", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
