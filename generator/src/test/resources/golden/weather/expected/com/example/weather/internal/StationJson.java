package com.example.weather.internal;

import com.example.weather.model.Station;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Station} as a JSON object nested in a body.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class StationJson {
    private StationJson() {
    }

    /**
     * @param g where to write
     * @param value the value, not {@code null}
     * @throws IOException if the generator fails
     */
    static void write(JsonGenerator g, Station value) throws IOException {
        g.writeStartObject();
        if (value.name() != null) {
            g.writeFieldName("Name");
            g.writeString(value.name());
        }
        if (value.parent() != null) {
            g.writeFieldName("Parent");
            StationJson.write(g, value.parent());
        }
        g.writeEndObject();
    }
}
