package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarshalledRequestBuilderTest {
    @Test
    void namedQueryParametersTakePrecedenceOverMapEntriesWhichMayRepeat() {
        MarshalledRequest request = MarshalledRequest.builder("Op", "GET", "/x").query("bar", "named")
                .queryFromMap("bar", "fromMap").queryFromMap("qux", "1").queryFromMap("qux", "2").build();
        assertEquals(List.of(Map.entry("bar", "named"), Map.entry("qux", "1"), Map.entry("qux", "2")),
                request.queryParameters());
    }

    @Test
    void defaultsGiveWayToMemberHeadersAndTheChecksumCoversTheBody() {
        MarshalledRequest request = MarshalledRequest.builder("Op", "POST", "/x").header("Content-Type", "image/jpg")
                .headerIfAbsent("Content-Type", "application/octet-stream")
                .body("{\"foo\":\"base64 encoded md5 checksum\"}".getBytes(StandardCharsets.UTF_8))
                .contentMd5().hostPrefix("foo.").build();
        assertEquals("image/jpg", request.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("iB0/3YSo7maijL0IGOgA9g==", request.headers().firstValue("Content-MD5").orElseThrow());
        assertEquals("foo.", request.hostPrefix());
    }
}
