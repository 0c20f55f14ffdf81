package io.shapegen.runtime.client;

import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;

/**
 * Turns a 2xx response into the operation's output; generated for each operation.
 *
 * @param <O> the output type
 */
@FunctionalInterface
public interface ResponseHandler<O> {
    /**
     * @param response the complete 2xx response
     * @return the output
     * @throws IOException if the body cannot be read (a {@link com.fasterxml.jackson.core.JsonProcessingException}
     *     when it is not the JSON expected)
     */
    O handle(HttpResponse response) throws IOException;
}
