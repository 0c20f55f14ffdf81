package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampFormatTest {
    private static final Instant WHOLE = Instant.parse("2019-12-16T23:48:18Z");
    private static final Instant FRACTION = Instant.parse("2000-01-02T20:34:56.123Z");

    @Test
    void iso8601WritesFractionOnlyWhenPresent() {
        assertEquals("2019-12-16T23:48:18Z", TimestampFormat.ISO_8601.format(WHOLE));
        assertEquals("2000-01-02T20:34:56.123Z", TimestampFormat.ISO_8601.format(FRACTION));
        assertEquals("2000-01-02T20:34:56.123Z",
                TimestampFormat.ISO_8601.format(Instant.parse("2000-01-02T20:34:56.123456Z")));
    }

    @Test
    void iso8601ReadsOffsetsAndFractions() {
        assertEquals(WHOLE, TimestampFormat.ISO_8601.parse("2019-12-16T22:48:18-01:00"));
        assertEquals(WHOLE, TimestampFormat.ISO_8601.parse("2019-12-17T00:48:18+01:00"));
        assertEquals(FRACTION, TimestampFormat.ISO_8601.parse("2000-01-02T20:34:56.123Z"));
    }

    @Test
    void rfc822UsesTwoDigitDaysAndGmt() {
        assertEquals("Mon, 16 Dec 2019 23:48:18 GMT", TimestampFormat.RFC_822.format(WHOLE));
        assertEquals("Sun, 02 Jan 2000 20:34:56 GMT", TimestampFormat.RFC_822.format(FRACTION));
        assertEquals(WHOLE, TimestampFormat.RFC_822.parse("Mon, 16 Dec 2019 23:48:18 GMT"));
        assertEquals(FRACTION, TimestampFormat.RFC_822.parse("Sun, 02 Jan 2000 20:34:56.123 GMT"));
        assertEquals(FRACTION.minusMillis(123), TimestampFormat.RFC_822.parse("Sun, 2 Jan 2000 20:34:56 GMT"));
    }

    @Test
    void epochSecondsWithFractions() {
        assertEquals("1576540098", TimestampFormat.EPOCH_SECONDS.format(WHOLE));
        assertEquals("946845296.123", TimestampFormat.EPOCH_SECONDS.format(FRACTION));
        assertEquals("946845296.1", TimestampFormat.EPOCH_SECONDS.format(Instant.parse("2000-01-02T20:34:56.100Z")));
        assertEquals(FRACTION, TimestampFormat.EPOCH_SECONDS.parse("946845296.123"));
        assertEquals(WHOLE, TimestampFormat.fromEpochSeconds(new BigDecimal("1.576540098E9")));
        assertEquals(Instant.parse("1969-12-31T23:59:59.500Z"), TimestampFormat.fromEpochSeconds(new BigDecimal("-0.5")));
    }

    @Test
    void badTextSaysWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimestampFormat.ISO_8601.parse("yesterday"));
        assertTrue(e.getMessage().contains("2019-12-16T23:48:18Z"), e.getMessage());
        assertEquals(TimestampFormat.EPOCH_SECONDS, TimestampFormat.fromModelName("unixTimestamp"));
        assertThrows(IllegalArgumentException.class, () -> TimestampFormat.fromModelName("epoch"));
    }
}
