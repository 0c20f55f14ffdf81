package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one value as JSON; generated code passes its writers as method references.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface JsonWriter<T> {
    /**
     * @param generator where to write
     * @param value the value, not {@code null}
     * @throws IOException if the generator fails
     */
    void write(JsonGenerator generator, T value) throws IOException;
}
