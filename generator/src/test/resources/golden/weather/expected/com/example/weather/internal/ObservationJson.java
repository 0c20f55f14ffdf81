package com.example.weather.internal;

import com.example.weather.model.Observation;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shapegen.runtime.protocol.FloatValues;
import io.shapegen.runtime.protocol.JsonValues;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Observation} as a JSON object nested in a body.
 */
@Generated("io.shapegen")
@SuppressWarnings("deprecation")
final class ObservationJson {
    private ObservationJson() {
    }

    /**
     * @param g where to write
     * @param value the value, not {@code null}
     * @throws IOException if the generator fails
     */
    static void write(JsonGenerator g, Observation value) throws IOException {
        g.writeStartObject();
        if (value.temperature() != null) {
            g.writeFieldName("Temperature");
            FloatValues.write(g, value.temperature());
        }
        if (value.conditionAsString() != null) {
            g.writeFieldName("Condition");
            g.writeString(value.conditionAsString());
        }
        if (value.photo() != null) {
            g.writeFieldName("Photo");
            JsonValues.writeBlob(g, value.photo());
        }
        if (value.station() != null) {
            g.writeFieldName("Station");
            StationJson.write(g, value.station());
        }
        g.writeEndObject();
    }
}
