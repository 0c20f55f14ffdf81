package io.shapegen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.shapegen.runtime.http.HttpHeaders;
import io.shapegen.runtime.http.HttpRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestAssemblerTest {
    private static final ServiceInfo JSON = new ServiceInfo("S", "s", "s", "json", "1.0", "Prefix");

    @Test
    void hostPrefixGoesBeforeTheEndpointHostAndBasePathBeforeThePath() {
        RequestAssembler assembler = new RequestAssembler(JSON, URI.create("https://service.us-east-1.amazonaws.com/base/"));
        MarshalledRequest request = new MarshalledRequest("Op", "POST", "/a%2Fb?literal", List.of(Map.entry("k", "v w")),
                HttpHeaders.empty(), new byte[0], "data-123.");

        HttpRequest http = assembler.assemble(request);

        assertEquals(URI.create("https://data-123.service.us-east-1.amazonaws.com/base/a%2Fb?literal&k=v%20w"), http.uri());
        assertEquals("data-123.service.us-east-1.amazonaws.com", http.headers().firstValue("Host").orElseThrow());
        assertEquals("0", http.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("Prefix.Op", http.headers().firstValue("X-Amz-Target").orElseThrow());
        assertEquals("application/x-amz-json-1.0", http.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void marshallerHeadersWinForJsonProtocolHeaders() {
        RequestAssembler assembler = new RequestAssembler(JSON, URI.create("http://localhost:8080"));
        MarshalledRequest request = new MarshalledRequest("Op", "POST", "/", List.of(),
                HttpHeaders.builder().add("Content-Type", "application/json").add("X-Amz-Target", "Custom.Op").build(),
                new byte[] {1}, "");

        HttpRequest http = assembler.assemble(request);

        assertEquals("application/json", http.headers().firstValue("content-type").orElseThrow());
        assertEquals("Custom.Op", http.headers().firstValue("x-amz-target").orElseThrow());
        assertEquals("localhost:8080", http.headers().firstValue("host").orElseThrow());
    }

    @Test
    void unencodedPathIsReportedAsAGeneratorBug() {
        RequestAssembler assembler = new RequestAssembler(JSON, URI.create("https://example.com"));
        MarshalledRequest request = new MarshalledRequest("Op", "GET", "/has space", List.of(), HttpHeaders.empty(),
                null, "");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> assembler.assemble(request));

        assertEquals(true, e.getMessage().contains("percent-encoded"), e.getMessage());
    }

    @Test
    void serviceInfoChecksProtocolAndJsonVersion() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceInfo("S", "s", "s", "rest-xml", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new ServiceInfo("S", "s", "s", "json", "", ""));
    }
}
