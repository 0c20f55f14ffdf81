package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The one jackson-core {@link JsonFactory} generated code and the runtime use. Creating a factory is
 * costly and it is thread-safe, so there is one per JVM.
 */
public final class SharedJsonFactory {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private SharedJsonFactory() {
    }

    /** @return the shared factory */
    public static JsonFactory get() {
        return FACTORY;
    }
}
