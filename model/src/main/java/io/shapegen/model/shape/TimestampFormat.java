package io.shapegen.model.shape;

import java.util.Optional;

/** How a timestamp travels on the wire ({@code timestampFormat}). */
public enum TimestampFormat {
    /** ISO 8601, for example {@code 2021-04-20T12:00:00Z}. */
    ISO8601("iso8601"),
    /** RFC 822 / HTTP date, for example {@code Tue, 20 Apr 2021 12:00:00 GMT}. */
    RFC822("rfc822"),
    /** Seconds since the epoch, with an optional fraction. */
    UNIX_TIMESTAMP("unixTimestamp");

    private final String modelName;

    TimestampFormat(String modelName) {
        this.modelName = modelName;
    }

    /** @return the name the model uses */
    public String modelName() {
        return modelName;
    }

    /** @param name a model name @return the format, if the name is known */
    public static Optional<TimestampFormat> fromModelName(String name) {
        for (TimestampFormat format : values()) {
            if (format.modelName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
