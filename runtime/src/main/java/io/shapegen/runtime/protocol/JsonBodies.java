package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.shapegen.runtime.SdkClientException;
import io.shapegen.runtime.http.HttpResponse;
import java.io.IOException;

/** Turns values into JSON bodies and bodies into values, with the shared factory and no reflection. */
public final class JsonBodies {
    /** Each thread's reusable buffer; a nested call (a writer that writes another body) gets a fresh one. */
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    private JsonBodies() {
    }

    /**
     * @param <T> the value's type
     * @param operationName the operation, for the message of an unexpected failure
     * @param value the value to write
     * @param writer writes the value (an object, for request bodies)
     * @return the UTF-8 JSON bytes
     * @throws SdkClientException if the value cannot be written (for example a string with an unpaired surrogate)
     */
    public static <T> byte[] toBytes(String operationName, T value, JsonWriter<T> writer) {
        // Each thread reuses one buffer; only the finished body is copied out.
        Buffer buffer = BUFFERS.get();
        boolean reused = !buffer.busy;
        ByteArrayBuilder bytes = reused ? buffer.bytes : new ByteArrayBuilder(256);
        buffer.busy = true;
        try {
            bytes.reset();
            try (JsonGenerator generator = SharedJsonFactory.get().createGenerator(bytes)) {
                writer.write(generator, value);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new SdkClientException("Could not write the JSON body of " + operationName + ": "
                    + e.getMessage() + ".", e);
        } finally {
            if (reused) {
                buffer.busy = false;
            }
        }
    }

    /** A thread's body buffer. */
    private static final class Buffer {
        private final ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        private boolean busy;
    }

    /**
     * Reads a body, unless it is empty or blank (services may answer a request without output that way).
     *
     * @param <B> the target's type
     * @param body the body bytes
     * @param target what to fill, usually a builder
     * @param reader reads the top-level value
     * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) if the body is not the JSON
     *     expected or something follows the value
     */
    public static <B> void read(byte[] body, B target, JsonReader<B> reader) throws IOException {
        read(body, 0, body.length, target, reader);
    }

    /**
     * Reads a response's body in place, without copying it, unless it is empty or blank.
     *
     * @param <B> the target's type
     * @param response the response
     * @param target what to fill, usually a builder
     * @param reader reads the top-level value
     * @throws IOException (a {@link com.fasterxml.jackson.core.JsonProcessingException}) if the body is not the JSON
     *     expected or something follows the value
     */
    public static <B> void read(HttpResponse response, B target, JsonReader<B> reader) throws IOException {
        response.readBody((bytes, offset, length) -> {
            read(bytes, offset, length, target, reader);
            return null;
        });
    }

    private static <B> void read(byte[] body, int offset, int length, B target, JsonReader<B> reader)
            throws IOException {
        if (isBlank(body, offset, length)) {
            return;
        }
        try (JsonParser parser = SharedJsonFactory.get().createParser(body, offset, length)) {
            parser.nextToken();
            reader.read(parser, target);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "Unexpected content after the JSON value.");
            }
        }
    }

    private static boolean isBlank(byte[] body, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
