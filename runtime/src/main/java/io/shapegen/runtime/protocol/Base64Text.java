package io.shapegen.runtime.protocol;

import io.shapegen.runtime.SdkBytes;
import java.util.Base64;

/** Blobs as the protocols carry them in JSON and headers: standard base64 with padding. */
public final class Base64Text {
    private Base64Text() {
    }

    /**
     * @param bytes the blob
     * @return its standard base64 text
     */
    public static String encode(SdkBytes bytes) {
        return bytes.asBase64();
    }

    /**
     * @param text standard base64 text
     * @param where what the text is, for the message (for example {@code member Data of GetObjectOutput})
     * @return the blob
     * @throws IllegalArgumentException naming {@code where} when the text is not valid base64
     */
    public static SdkBytes decode(String text, String where) {
        try {
            return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value of " + where + " is not valid base64 (" + e.getMessage()
                    + ").", e);
        }
    }
}
