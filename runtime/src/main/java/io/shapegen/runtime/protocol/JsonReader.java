package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads the JSON value at a parser's current token into a target (usually a builder); generated code
 * passes its readers as method references.
 *
 * @param <B> the type of the target
 */
@FunctionalInterface
public interface JsonReader<B> {
    /**
     * @param parser positioned on the value's first token, which is not {@code null}
     * @param target what to fill
     * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) if the value is not the JSON
     *     expected
     */
    void read(JsonParser parser, B target) throws IOException;
}
