package io.shapegen.runtime.auth.sigv4;

import io.shapegen.runtime.http.HttpRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 digests and HMAC-SHA256, as SigV4 uses them.
 *
 * <p>HMAC is computed from its definition (RFC 2104) on {@link MessageDigest} rather than with
 * {@code javax.crypto.Mac}: initializing the JCE framework costs about 50 ms at the first signature, and
 * {@code Mac.getInstance} looks the provider up again on every call. Each thread keeps one digest, reset
 * before each use, for the same reason.
 */
final class Sha256 {
    /** The hex SHA-256 of no bytes: the payload hash of a request without a body. */
    static final String EMPTY_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK_BYTES = 64;
    private static final ThreadLocal<PerThread> PER_THREAD = ThreadLocal.withInitial(PerThread::new);

    private Sha256() {
    }

    static String hex(byte[] data) {
        if (data.length == 0) {
            return EMPTY_HEX;
        }
        return toHex(digest().digest(data));
    }

    static String hex(String text) {
        Text digest = text();
        digest.append(text);
        return digest.hex();
    }

    /** @return this thread's digest of text, empty: append the text piece by piece, then take {@link Text#hex()} */
    static Text text() {
        PerThread state = PER_THREAD.get();
        state.digest.reset();
        state.filled = 0;
        return state;
    }

    /** Text fed to a SHA-256 digest as UTF-8, without building the whole text first. */
    interface Text extends Appendable {
        @Override
        Text append(CharSequence text);

        @Override
        Text append(char c);

        /** @return the hex digest of everything appended */
        String hex();
    }

    /** @return the hex SHA-256 of the request's body, read without copying it */
    static String hexOfBody(HttpRequest request) {
        if (request.bodyLength() == 0) {
            return EMPTY_HEX;
        }
        MessageDigest digest = digest();
        try {
            request.writeBody(new DigestSink(digest));
        } catch (IOException e) {
            throw new UncheckedIOException("A digest cannot fail to accept bytes", e);
        }
        return toHex(digest.digest());
    }

    /** HMAC-SHA256 (RFC 2104) of UTF-8 text: {@code H((K ^ opad) || H((K ^ ipad) || data))}. */
    static byte[] hmac(byte[] key, String data) {
        PerThread state = PER_THREAD.get();
        MessageDigest digest = state.digest;
        digest.reset();
        byte[] k = key.length > BLOCK_BYTES ? digest.digest(key) : key;
        byte[] pad = state.pad;
        for (int i = 0; i < BLOCK_BYTES; i++) {
            pad[i] = (byte) ((i < k.length ? k[i] : 0) ^ 0x36);
        }
        digest.update(pad);
        state.filled = 0;
        state.append(data).flush();
        byte[] inner = digest.digest();
        for (int i = 0; i < BLOCK_BYTES; i++) {
            pad[i] = (byte) ((i < k.length ? k[i] : 0) ^ 0x5c);
        }
        digest.update(pad);
        digest.update(inner);
        return digest.digest();
    }

    /** @return the bytes as lower-case hex; made as Latin-1 bytes, half the size of a {@code char[]} */
    static String toHex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** @return this thread's digest, reset */
    private static MessageDigest digest() {
        MessageDigest digest = PER_THREAD.get().digest;
        digest.reset();
        return digest;
    }

    /** A thread's digest and scratch buffers, so that hashing a request allocates (almost) nothing. */
    private static final class PerThread implements Text {
        private final MessageDigest digest;
        private final byte[] pad = new byte[BLOCK_BYTES];
        private final byte[] text = new byte[1024];
        private int filled;

        PerThread() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This JVM has no SHA-256, which every Java SE runtime must provide.", e);
            }
        }

        /** Buffers ASCII a buffer's room at a time; other characters go to the digest as UTF-8 at once. */
        @Override
        public PerThread append(CharSequence value) {
            int length = value.length();
            int i = 0;
            while (i < length) {
                if (filled == text.length) {
                    flush();
                }
                byte[] buffer = text;
                int at = filled;
                int end = Math.min(length, i + (buffer.length - at));
                for (; i < end; i++) {
                    char c = value.charAt(i);
                    if (c >= 0x80) {
                        filled = at;
                        flush();
                        digest.update(value.subSequence(i, length).toString().getBytes(StandardCharsets.UTF_8));
                        return this;
                    }
                    buffer[at++] = (byte) c;
                }
                filled = at;
            }
            return this;
        }

        @Override
        public PerThread append(CharSequence value, int start, int end) {
            return append(value.subSequence(start, end));
        }

        @Override
        public PerThread append(char c) {
            if (c >= 0x80) {
                return append(String.valueOf(c));
            }
            if (filled == text.length) {
                flush();
            }
            text[filled++] = (byte) c;
            return this;
        }

        @Override
        public String hex() {
            flush();
            return toHex(digest.digest());
        }

        void flush() {
            digest.update(text, 0, filled);
            filled = 0;
        }
    }

    /** Feeds what is written into a digest. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }
    }
}
