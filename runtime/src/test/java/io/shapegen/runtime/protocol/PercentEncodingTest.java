package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {
    @Test
    void keepsUnreservedAndEncodesEverythingElseUpperCase() {
        assertEquals("AZaz09-_.~", PercentEncoding.encode("AZaz09-_.~"));
        assertEquals("a%20b%2Bc%2A%21%27%28%29%25", PercentEncoding.encode("a b+c*!'()%"));
        assertEquals("%E1%88%B4%F0%9F%98%80", PercentEncoding.encode("\u1234\uD83D\uDE00"));
    }

    @Test
    void anArnInALabelIsOneSegment() {
        assertEquals("arn%3Aaws%3Achime%3Aus-east-1%3A123456789012%3Aapp-instance%2Fabc",
                PercentEncoding.encode("arn:aws:chime:us-east-1:123456789012:app-instance/abc"));
    }

    @Test
    void greedyLabelsKeepSlashes() {
        assertEquals("photos/2024/a%20b.jpg", PercentEncoding.encodeGreedyLabel("photos/2024/a b.jpg"));
    }

    @Test
    void queryStringsKeepOrderAndRepeatedKeys() {
        assertEquals("next-token=a%2Bb%3D&max=10&id=1&id=2", PercentEncoding.encodeQuery(List.of(
                Map.entry("next-token", "a+b="), Map.entry("max", "10"), Map.entry("id", "1"), Map.entry("id", "2"))));
        assertEquals("", PercentEncoding.encodeQuery(List.of()));
        assertEquals("empty=", PercentEncoding.encodeQuery(List.of(Map.entry("empty", ""))));
    }

    @Test
    void decodesWhatItEncodes() {
        String text = "arn:aws:x/y z+\u1234";
        assertEquals(text, PercentEncoding.decode(PercentEncoding.encode(text)));
        assertEquals("a+b", PercentEncoding.decode("a+b"));
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode("100%"));
    }
}
