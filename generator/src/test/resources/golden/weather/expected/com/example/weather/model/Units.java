package com.example.weather.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

@Generated("io.shapegen")
public enum Units {
    /**
     * The value <code>METRIC</code>.
     */
    METRIC("METRIC"),

    /**
     * The value <code>IMPERIAL</code>.
     */
    IMPERIAL("IMPERIAL"),

    /**
     * A value this version of the SDK does not know; see the raw value via the owning member's {@code ...AsString()}.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private static final Map<String, Units> BY_VALUE = byValue();

    private final String value;

    Units(String value) {
        this.value = value;
    }

    private static Map<String, Units> byValue() {
        Map<String, Units> map = new HashMap<>();
        for (Units constant : values()) {
            if (constant.value != null) {
                map.put(constant.value, constant);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * @param value a value as sent on the wire
     * @return its constant; {@link #UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know; {@code null} for {@code null}
     */
    public static Units fromValue(String value) {
        if (value == null) {
            return null;
        }
        return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION);
    }

    /**
     * @return every constant but {@link #UNKNOWN_TO_SDK_VERSION}
     */
    public static Set<Units> knownValues() {
        EnumSet<Units> known = EnumSet.allOf(Units.class);
        known.remove(UNKNOWN_TO_SDK_VERSION);
        return Collections.unmodifiableSet(known);
    }

    /**
     * @return the value as sent on the wire ({@code "null"} for {@link #UNKNOWN_TO_SDK_VERSION})
     */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
