package com.example.weather.internal;

import com.example.weather.model.Day;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.protocol.JsonValues;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Day} as a JSON object nested in a body.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class DayJson {
    private DayJson() {
    }

    /**
     * @param p on the object's first token
     * @return the value
     * @throws IOException if the JSON is not the object expected
     */
    static Day read(JsonParser p) throws IOException {
        Day.Builder builder = Day.builder();
        JsonValues.expectObject(p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "High" -> builder.high(JsonValues.readDouble(p));
                case "Low" -> builder.low(JsonValues.readDouble(p));
                case "Condition" -> builder.condition(JsonValues.readString(p));
                default -> p.skipChildren();
            }
        }
        return builder.build();
    }
}
