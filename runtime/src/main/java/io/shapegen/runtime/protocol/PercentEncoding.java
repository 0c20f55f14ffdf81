package io.shapegen.runtime.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * AWS percent-encoding (RFC 3986 with the strict unreserved set): {@code A-Z a-z 0-9 - _ . ~} stay as
 * they are, every other UTF-8 byte becomes {@code %XX} with upper-case hex. A space is {@code %20},
 * never {@code +}.
 *
 * <p>This one encoding serves URI path labels, query strings and the SigV4 canonical request.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Encodes a non-greedy path label ({@code {Name}}) or a query-string key or value: every reserved
     * character is encoded, so an ARN stays one segment ({@code :} → {@code %3A}, {@code /} → {@code %2F}).
     *
     * @param value the raw text
     * @return the encoded text
     */
    public static String encode(String value) {
        return encode(value, false);
    }

    /**
     * Encodes a greedy path label ({@code {Key+}}): like {@link #encode} but {@code /} is kept, so the
     * value spans several path segments.
     *
     * @param value the raw text
     * @return the encoded text
     */
    public static String encodeGreedyLabel(String value) {
        return encode(value, true);
    }

    /**
     * Builds a query string from parameters in order; repeated keys are kept.
     *
     * @param parameters unencoded keys and values
     * @return {@code k1=v1&k2=v2}, each part encoded with {@link #encode}; empty when there are none
     */
    public static String encodeQuery(List<Map.Entry<String, String>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
        }
        return query.toString();
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8; {@code +} is left as it is.
     *
     * @param encoded percent-encoded text
     * @return the raw text
     * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
     */
    public static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new IllegalArgumentException("Bad percent-encoding at index " + i + " of '" + encoded
                            + "': '%' must be followed by two hexadecimal digits; write a literal '%' as %25.");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    raw = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(raw);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param c a character
     * @return whether AWS percent-encoding leaves it as it is
     */
    public static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    private static String encode(String value, boolean keepSlash) {
        int i = 0;
        while (i < value.length() && (isUnreserved(value.charAt(i)) || keepSlash && value.charAt(i) == '/')) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 32).append(value, 0, i);
        // ASCII is escaped char by char; from the first other character on, the rest goes through UTF-8 bytes
        // (which also turns an unpaired surrogate into '?', as String.getBytes does).
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                break;
            }
            if (isUnreserved(c) || keepSlash && c == '/') {
                out.append(c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        if (i < value.length()) {
            for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if (isUnreserved(c) || keepSlash && c == '/') {
                    out.append(c);
                } else {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
        return out.toString();
    }
}
