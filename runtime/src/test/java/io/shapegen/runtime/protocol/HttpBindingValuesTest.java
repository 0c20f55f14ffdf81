package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values in URI labels and headers, as the rest protocols carry them. */
class HttpBindingValuesTest {
    @Test
    void anArnInALabelIsOneSegmentAndAGreedyLabelKeepsItsSlashes() {
        assertEquals("arn%3Aaws%3Achime%3Aus-east-1%3A1%3Aapp-instance%2Fa%20b",
                UriLabels.path("arn:aws:chime:us-east-1:1:app-instance/a b", "Op", "Arn"));
        assertEquals("there/guy%3F", UriLabels.greedyPath("there/guy?", "Op", "Key"));
    }

    @Test
    void missingLabelsAndBadHostLabelsAreRejectedWithoutTheirValue() {
        SdkClientException missing = assertThrows(SdkClientException.class, () -> UriLabels.path(null, "GetThing", "Id"));
        assertEquals("GetThing: Id is not set, but it is part of the request path; set it to a non-empty value before"
                + " calling.", missing.getMessage());
        assertThrows(SdkClientException.class, () -> UriLabels.path("", "GetThing", "Id"));
        assertEquals("bar-1", UriLabels.host("bar-1", "Op", "label"));
        SdkClientException bad = assertThrows(SdkClientException.class, () -> UriLabels.host("evil.com/x", "Op", "label"));
        assertFalse(bad.getMessage().contains("evil"), bad.getMessage());
    }

    @Test
    void listHeadersQuoteStringsThatNeedItAndKeepHttpDatesWhole() {
        String joined = HeaderValues.joinStrings(List.of("b,c", "\"def\"", "a"));
        assertEquals("\"b,c\", \"\\\"def\\\"\", a", joined);
        assertEquals(List.of("b,c", "\"def\"", "a"), HeaderValues.splitList(joined));
        assertEquals(List.of("a", "b", ""), HeaderValues.splitList("a, b,"));
        assertEquals("1, NaN, true", HeaderValues.joinValues(List.of(1, Double.NaN, true)));
        Instant time = Instant.parse("2019-12-16T23:48:18Z");
        String dates = HeaderValues.joinTimestamps(List.of(time, time), TimestampFormat.RFC_822);
        assertEquals("Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT", dates);
        assertEquals(List.of("Mon, 16 Dec 2019 23:48:18 GMT", "Mon, 16 Dec 2019 23:48:18 GMT"),
                HeaderValues.splitHttpDates(dates));
    }

    @Test
    void jsonValueHeadersAreBase64AndPrefixedHeadersBecomeAMap() {
        assertEquals("dHJ1ZQ==", HeaderValues.encodeJsonValue("true"));
        assertEquals("true", HeaderValues.decodeJsonValue("dHJ1ZQ=="));
        HttpHeaders headers = HttpHeaders.builder().add("X-Foo-Abc", "1").add("x-foo", "2").add("x-foo-def", "3").build();
        assertEquals(Map.of("Abc", "1", "def", "3"), HeaderValues.withPrefix(headers, "x-foo-"));
        assertEquals(3, HeaderValues.withPrefix(headers, "").size());
        assertEquals("2", HeaderValues.first(headers, "X-FOO"));
        assertTrue(HeaderValues.parseBoolean(" TRUE "));
        assertThrows(IllegalArgumentException.class, () -> HeaderValues.parseBoolean("yes"));
    }
}
