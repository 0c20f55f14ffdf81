package io.shapegen.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** An immutable sequence of bytes: the Java type of a {@code blob} member. */
public final class SdkBytes {
    private final byte[] bytes;

    private SdkBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes the content; copied, so later changes to the array are not seen
     * @return the bytes as an immutable value
     */
    public static SdkBytes fromByteArray(byte[] bytes) {
        return new SdkBytes(bytes.clone());
    }

    /**
     * @param text the content, encoded as UTF-8
     * @return the UTF-8 bytes of {@code text}
     */
    public static SdkBytes fromUtf8String(String text) {
        return new SdkBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Wraps an array the caller promises never to change again; used by generated deserializers.
     *
     * @param bytes the content, not copied
     * @return the bytes as an immutable value
     */
    public static SdkBytes fromByteArrayUnsafe(byte[] bytes) {
        return new SdkBytes(bytes);
    }

    /** @return a copy of the bytes */
    public byte[] asByteArray() {
        return bytes.clone();
    }

    /** @return a read-only view of the bytes */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** @return the bytes decoded as UTF-8 */
    public String asUtf8String() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return the bytes in standard base64, as they travel in JSON bodies */
    public String asBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SdkBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SdkBytes(" + bytes.length + " bytes)";
    }
}
