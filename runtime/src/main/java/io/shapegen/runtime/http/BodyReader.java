package io.shapegen.runtime.http;

import java.io.IOException;

/**
 * Reads a body lent to it by {@link HttpResponse#readBody}: the bytes are the response's own, so the reader
 * must neither change them nor keep them after it returns.
 *
 * @param <T> what the reader makes of the body
 */
@FunctionalInterface
public interface BodyReader<T> {
    /**
     * @param bytes the array holding the body
     * @param offset where the body starts in it
     * @param length the number of body bytes
     * @return what the reader makes of the body
     * @throws IOException if the body is not what the reader expects
     */
    T read(byte[] bytes, int offset, int length) throws IOException;
}
