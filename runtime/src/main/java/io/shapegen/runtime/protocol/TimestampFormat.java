package io.shapegen.runtime.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The timestamp formats of the AWS protocols, each able to write and read a timestamp.
 * <ul>
 *   <li>{@link #ISO_8601} ({@code iso8601}): {@code 2019-12-16T23:48:18Z}, with {@code .123} only when
 *       there are fractional seconds; reads any offset and fraction.</li>
 *   <li>{@link #RFC_822} ({@code rfc822}, HTTP-date): {@code Mon, 16 Dec 2019 23:48:18 GMT}; reads
 *       fractional seconds too.</li>
 *   <li>{@link #EPOCH_SECONDS} ({@code unixTimestamp}): {@code 1576540098} or {@code 1576540098.123}.</li>
 * </ul>
 * Precision is kept to the millisecond when writing, as the protocols expect, and to the nanosecond
 * when reading.
 */
public enum TimestampFormat {
    /** ISO 8601 / RFC 3339 date-time in UTC. */
    ISO_8601("iso8601"),
    /** RFC 822 / RFC 7231 HTTP-date. */
    RFC_822("rfc822"),
    /** Seconds since 1970-01-01T00:00:00Z, with optional fraction. */
    EPOCH_SECONDS("unixTimestamp");

    private final String modelName;

    /**
     * The HTTP-date formatters, built at their first use: building them costs ~10 ms, which a client that only
     * reads JSON epoch seconds should not pay at its first call.
     */
    private static final class HttpDates {
        static final DateTimeFormatter WRITER =
                DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
        static final DateTimeFormatter READER = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern("EEE, d MMM yyyy HH:mm:ss")
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .appendLiteral(' ')
                .appendPattern("zzz")
                .toFormatter(Locale.ROOT);
    }

    TimestampFormat(String modelName) {
        this.modelName = modelName;
    }

    /** @return the name the model uses in {@code timestampFormat} */
    public String modelName() {
        return modelName;
    }

    /**
     * @param modelName {@code iso8601}, {@code rfc822} or {@code unixTimestamp}
     * @return the format of that name
     * @throws IllegalArgumentException for any other name
     */
    public static TimestampFormat fromModelName(String modelName) {
        for (TimestampFormat format : values()) {
            if (format.modelName.equals(modelName)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown timestampFormat '" + modelName + "'; the model may use iso8601,"
                + " rfc822 or unixTimestamp.");
    }

    /**
     * @param instant a timestamp
     * @return its text in this format, to the millisecond
     */
    public String format(Instant instant) {
        Instant millis = Instant.ofEpochMilli(instant.toEpochMilli());
        switch (this) {
            case ISO_8601:
                return DateTimeFormatter.ISO_INSTANT.format(millis);
            case RFC_822:
                return HttpDates.WRITER.format(millis);
            default:
                return toEpochSeconds(millis).toPlainString();
        }
    }

    /**
     * @param text a timestamp in this format
     * @return the timestamp
     * @throws IllegalArgumentException saying what was expected when the text is not in this format
     */
    public Instant parse(String text) {
        String value = text.trim();
        try {
            switch (this) {
                case ISO_8601:
                    return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                case RFC_822:
                    return LocalDateTime.parse(value, HttpDates.READER).toInstant(ZoneOffset.UTC);
                default:
                    return fromEpochSeconds(new BigDecimal(value));
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a " + modelName + " timestamp; expected "
                    + example() + ".", e);
        }
    }

    /**
     * @param instant a timestamp
     * @return seconds since the epoch, with up to three decimals and no trailing zeros
     */
    public static BigDecimal toEpochSeconds(Instant instant) {
        BigDecimal seconds = BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0, RoundingMode.UNNECESSARY) : seconds;
    }

    /**
     * @param seconds seconds since the epoch, possibly fractional (as read from a JSON number)
     * @return the timestamp, to the nanosecond
     * @throws ArithmeticException or {@link DateTimeException} if it is out of range
     */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    private String example() {
        switch (this) {
            case ISO_8601:
                return "a date-time such as 2019-12-16T23:48:18Z";
            case RFC_822:
                return "an HTTP date such as Mon, 16 Dec 2019 23:48:18 GMT";
            default:
                return "seconds since 1970 such as 1576540098 or 1576540098.123";
        }
    }
}
