package io.shapegen.runtime.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A connection's buffered input, read by one call at a time. Unlike {@link java.io.BufferedInputStream} it
 * takes no lock per byte and reads a header line straight out of its buffer into a {@code String}.
 */
final class HttpInput extends InputStream {
    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;

    HttpInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
    }

    /**
     * Waits until at least one byte is buffered, without consuming it.
     *
     * @return false at end of stream
     */
    boolean awaitData() throws IOException {
        return position < limit || fill();
    }

    @Override
    public int read() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= limit) {
            if (length >= buffer.length) {
                return in.read(target, offset, length); // large reads skip the buffer
            }
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() throws IOException {
        return limit - position + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Reads one line of ISO-8859-1 text ending in LF (an optional CR before it is dropped).
     *
     * @param maxLength the longest line accepted
     * @return the line, or {@code null} at end of stream before any byte
     * @throws IOException if the line is longer than {@code maxLength}, or the stream ends inside it
     */
    String readLine(int maxLength) throws IOException {
        StringBuilder spill = null;
        while (true) {
            if (position >= limit && !fill()) {
                if (spill == null) {
                    return null;
                }
                throw new EOFException("The connection ended in the middle of a line of the HTTP response.");
            }
            for (int i = position; i < limit; i++) {
                if (buffer[i] != '\n') {
                    continue;
                }
                int start = position;
                position = i + 1;
                if (spill == null) {
                    int end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                    checkLength(end - start, maxLength);
                    return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
                }
                spill.append(new String(buffer, start, i - start, StandardCharsets.ISO_8859_1));
                int end = spill.length();
                if (end > 0 && spill.charAt(end - 1) == '\r') {
                    spill.setLength(end - 1);
                }
                checkLength(spill.length(), maxLength);
                return spill.toString();
            }
            if (spill == null) {
                spill = new StringBuilder(2 * (limit - position));
            }
            spill.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
            position = limit;
            checkLength(spill.length() - 1, maxLength);
        }
    }

    /**
     * Reads the header lines of a response up to the empty line that ends them, copying their bytes out of the
     * buffer in one piece.
     *
     * @param maxLine the longest line accepted
     * @param maxLines the most header lines accepted
     * @param origin the server, named in messages
     * @return the header lines, each ending in LF, without the empty line; empty when there are none
     * @throws EOFException if the stream ends before the empty line
     * @throws IOException if a line is too long or there are too many lines
     */
    byte[] readHeaderLines(int maxLine, int maxLines, Route origin) throws IOException {
        byte[] spill = null;
        int spilled = 0;
        int start = position;
        int lineLength = 0;
        int lines = 0;
        byte previous = 0;
        while (true) {
            if (position >= limit) {
                int count = limit - start;
                if (spill == null || spilled + count > spill.length) {
                    spill = java.util.Arrays.copyOf(spill == null ? new byte[0] : spill,
                            Math.max(2 * (spilled + count), 256));
                }
                System.arraycopy(buffer, start, spill, spilled, count);
                spilled += count;
                if (!fill()) {
                    throw new EOFException("The server " + origin + " closed the connection in the middle of the"
                            + " headers.");
                }
                start = 0;
            }
            byte b = buffer[position++];
            if (b != '\n') {
                if (++lineLength > maxLine + 1) {
                    checkLength(lineLength, maxLine);
                }
                previous = b;
                continue;
            }
            int content = previous == '\r' ? lineLength - 1 : lineLength;
            if (content == 0) {
                int total = spilled + (position - start) - lineLength - 1;
                byte[] block = new byte[total];
                int fromSpill = Math.min(spilled, total);
                if (fromSpill > 0) {
                    System.arraycopy(spill, 0, block, 0, fromSpill);
                }
                if (total > fromSpill) {
                    System.arraycopy(buffer, start, block, fromSpill, total - fromSpill);
                }
                return block;
            }
            checkLength(content, maxLine);
            if (++lines > maxLines) {
                throw new IOException("The server " + origin + " sent more than " + maxLines + " header lines.");
            }
            lineLength = 0;
            previous = b;
        }
    }

    private static void checkLength(int length, int maxLength) throws IOException {
        if (length > maxLength) {
            throw new IOException("A line of the HTTP response is longer than " + maxLength + " bytes.");
        }
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        int count = in.read(buffer, 0, buffer.length);
        if (count <= 0) {
            return false;
        }
        limit = count;
        return true;
    }
}
