package io.shapegen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Response header lines: read lazily on the common path, and exactly like a line-by-line parse on every other. */
class ReceivedHeaderLinesTest {
    private static final Route ORIGIN = new Route(false, "127.0.0.1", 8080, Proxy.NO_PROXY);

    private static ReceivedHeaderLines.Framing read(String lines) throws IOException {
        return ReceivedHeaderLines.read(lines.getBytes(StandardCharsets.ISO_8859_1), ORIGIN);
    }

    @Test
    void plainLinesAreFramedFromTheBytesAndTurnIntoTheSameHeadersAsBuiltOnes() throws IOException {
        ReceivedHeaderLines.Framing framing = read("Content-Type: application/x-amz-json-1.1\r\n"
                + "content-length:   42  \r\n" + "X-Amzn-RequestId:abc-123\r\n" + "Connection: keep-alive\r\n"
                + "X-Empty:\r\n");

        assertEquals("42", framing.contentLength());
        assertNull(framing.transferEncoding());
        assertFalse(framing.close());
        HttpHeaders expected = HttpHeaders.builder().add("Content-Type", "application/x-amz-json-1.1")
                .add("content-length", "42").add("X-Amzn-RequestId", "abc-123").add("Connection", "keep-alive")
                .add("X-Empty", "").build();
        assertEquals(expected, framing.headers());
        assertEquals(expected.hashCode(), framing.headers().hashCode());
        assertEquals("abc-123", framing.headers().firstValue("x-amzn-requestid").orElseThrow());
        assertEquals(List.of(Map.entry("X-Empty", "")), framing.headers().entries().subList(4, 5));
    }

    @Test
    void theFirstContentLengthAndTransferEncodingCountAndAnyConnectionCloseCloses() throws IOException {
        ReceivedHeaderLines.Framing framing = read("Transfer-Encoding: chunked\n" + "Content-Length: 5\n"
                + "Content-Length: 7\n" + "Connection: keep-alive\n" + "CONNECTION: Upgrade, Close\n");

        assertEquals("chunked", framing.transferEncoding());
        assertEquals("5", framing.contentLength(), "line feeds without carriage returns are lines too");
        assertTrue(framing.close());
        assertEquals(List.of("5", "7"), framing.headers().allValues("Content-Length"));
    }

    @Test
    void foldedLinesAreJoinedAsBefore() throws IOException {
        ReceivedHeaderLines.Framing framing = read("X-Long: one\r\n   two\r\n\tthree\r\nContent-Length: 0\r\n");

        assertEquals("one two three", framing.headers().firstValue("X-Long").orElseThrow());
        assertEquals("0", framing.contentLength());
        assertEquals(2, framing.headers().size());
    }

    @Test
    void aLineWithoutANameOrWithABadNameFailsWithTheServerNamed() {
        IOException nameless = assertThrows(IOException.class, () -> read("Content-Length: 0\r\n: orphan\r\n"));
        assertTrue(nameless.getMessage().contains("127.0.0.1") && nameless.getMessage().contains("without a name"),
                nameless.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("Bad Name: value\r\n"));
        assertThrows(IllegalArgumentException.class, () -> read("X-Nul: a\0b\r\n"));
    }

    @Test
    void noLinesAreNoHeaders() throws IOException {
        ReceivedHeaderLines.Framing framing = read("");

        assertTrue(framing.headers().isEmpty());
        assertNull(framing.contentLength());
        assertFalse(framing.close());
    }
}
