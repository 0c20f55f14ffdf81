package io.shapegen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpHeadersTest {
    @Test
    void looksUpNamesWithoutRegardToCaseAndKeepsOrder() {
        HttpHeaders headers = HttpHeaders.builder().add("X-Amz-Date", "1").add("Content-Type", "a/b")
                .add("x-amz-date", "2").build();

        assertEquals(Optional.of("1"), headers.firstValue("X-AMZ-DATE"));
        assertEquals(List.of("1", "2"), headers.allValues("x-amz-date"));
        assertEquals(List.of("X-Amz-Date", "Content-Type", "x-amz-date"),
                headers.entries().stream().map(Map.Entry::getKey).toList());
        assertEquals(List.of("X-Amz-Date", "Content-Type"), List.copyOf(headers.names()));
        assertTrue(headers.contains("content-type"));
        assertFalse(headers.contains("content-length"));
    }

    @Test
    void setReplacesEveryValueAtTheFirstPosition() {
        HttpHeaders headers = HttpHeaders.builder().add("A", "1").add("B", "2").add("a", "3").build()
                .toBuilder().set("A", "new").build();

        assertEquals(List.of(Map.entry("A", "new"), Map.entry("B", "2")), headers.entries());
    }

    @Test
    void setIfAbsentAndRemove() {
        HttpHeaders headers = HttpHeaders.builder().add("A", "1").setIfAbsent("a", "2").setIfAbsent("B", "3")
                .remove("b").build();

        assertEquals(List.of(Map.entry("A", "1")), headers.entries());
    }

    @Test
    void rejectsLineBreaksInValuesAndSeparatorsInNames() {
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                () -> HttpHeaders.builder().add("X-Injected", "a\r\nEvil: yes"));
        assertTrue(value.getMessage().contains("X-Injected"), value.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HttpHeaders.builder().add("Bad Name", "x"));
        assertThrows(IllegalArgumentException.class, () -> HttpHeaders.builder().add("", "x"));
    }

    @Test
    void toStringHidesSecretValues() {
        HttpHeaders headers = HttpHeaders.builder().add("Authorization", "AWS4-HMAC-SHA256 Signature=abc")
                .add("X-Amz-Security-Token", "token-value").add("X-Visible", "shown").build();

        String text = headers.toString();

        assertFalse(text.contains("Signature=abc"), text);
        assertFalse(text.contains("token-value"), text);
        assertTrue(text.contains("shown"), text);
    }

    @Test
    void requestToStringLeavesOutTheQueryString() {
        HttpRequest request = HttpRequest.builder().method("GET")
                .uri(URI.create("https://example.com/p?X-Amz-Signature=secret")).build();

        assertFalse(request.toString().contains("secret"), request.toString());
    }

    @Test
    void requestRejectsRelativeUrisAndOddMethods() {
        assertThrows(IllegalArgumentException.class,
                () -> HttpRequest.builder().method("GET").uri(URI.create("/relative")).build());
        assertThrows(IllegalArgumentException.class,
                () -> HttpRequest.builder().method("get").uri(URI.create("https://example.com/")).build());
    }
}
