package io.shapegen.runtime.protocol;

import io.shapegen.runtime.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values as the rest protocols carry them in HTTP headers: lists joined with {@code ", "} (strings that
 * hold a comma or a quote are quoted), {@code jsonvalue} strings in base64, maps of headers sharing a
 * prefix.
 */
public final class HeaderValues {
    private HeaderValues() {
    }

    /**
     * @param headers the response headers
     * @param name a header name, any case
     * @return the first value, or {@code null} when absent
     */
    public static String first(HttpHeaders headers, String name) {
        for (Map.Entry<String, String> entry : headers.entries()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * @param values strings (or enum values)
     * @return them joined with {@code ", "}; a value with a comma or a double quote is quoted, its quotes and
     *     backslashes escaped
     */
    public static String joinStrings(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            if (text.length() > 0) {
                text.append(", ");
            }
            if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
                text.append(value);
            } else {
                text.append('"');
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"' || c == '\\') {
                        text.append('\\');
                    }
                    text.append(c);
                }
                text.append('"');
            }
        }
        return text.toString();
    }

    /**
     * @param values numbers or booleans; floats and doubles as {@link FloatValues#format}
     * @return them joined with {@code ", "}
     */
    public static String joinValues(List<?> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (text.length() > 0) {
                text.append(", ");
            }
            if (value instanceof Double number) {
                text.append(FloatValues.format(number));
            } else if (value instanceof Float number) {
                text.append(FloatValues.format(number));
            } else {
                text.append(value);
            }
        }
        return text.toString();
    }

    /**
     * @param values timestamps
     * @param format their format (HTTP dates keep their commas unquoted)
     * @return them joined with {@code ", "}
     */
    public static String joinTimestamps(List<Instant> values, TimestampFormat format) {
        StringBuilder text = new StringBuilder();
        for (Instant value : values) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(format.format(value));
        }
        return text.toString();
    }

    /**
     * Splits a list header: on commas outside double quotes; quoted items are unquoted and unescaped,
     * others trimmed.
     *
     * @param text the header value
     * @return the items
     */
    public static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i <= length) {
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            StringBuilder item = new StringBuilder();
            if (i < length && text.charAt(i) == '"') {
                i++;
                while (i < length && text.charAt(i) != '"') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < length) {
                        c = text.charAt(++i);
                    }
                    item.append(c);
                    i++;
                }
                i++;
                while (i < length && text.charAt(i) != ',') {
                    i++;
                }
                items.add(item.toString());
            } else {
                int comma = text.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                items.add(text.substring(Math.min(i, end), end).trim());
                i = end;
            }
            i++;
        }
        return items;
    }

    /**
     * Splits a list of HTTP dates, whose own commas are not separators ({@code Mon, 16 Dec 2019 ... GMT}).
     *
     * @param text the header value
     * @return the dates
     */
    public static List<String> splitHttpDates(String text) {
        List<String> parts = splitList(text);
        List<String> dates = new ArrayList<>(parts.size() / 2 + 1);
        for (int i = 0; i < parts.size(); i += 2) {
            dates.add(i + 1 < parts.size() ? parts.get(i) + ", " + parts.get(i + 1) : parts.get(i));
        }
        return dates;
    }

    /**
     * @param text {@code true} or {@code false}, any case, surrounding spaces ignored
     * @return the boolean
     * @throws IllegalArgumentException for any other text
     */
    public static Boolean parseBoolean(String text) {
        String value = text.trim();
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("A boolean header holds something other than true or false.");
    }

    /**
     * @param json a {@code jsonvalue} member: JSON text
     * @return the header value: the text's UTF-8 bytes in base64
     */
    public static String encodeJsonValue(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param header a {@code jsonvalue} header
     * @return the JSON text it carries
     * @throws IllegalArgumentException if the header is not base64
     */
    public static String decodeJsonValue(String header) {
        return Base64Text.decode(header, "a jsonvalue header").asUtf8String();
    }

    /**
     * @param headers the response headers
     * @param prefix the common prefix, any case; empty for every header
     * @return the headers that start with it, by the rest of their name, in order; empty when none
     */
    public static Map<String, String> withPrefix(HttpHeaders headers, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : headers.entries()) {
            String name = entry.getKey();
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                values.putIfAbsent(name.substring(prefix.length()), entry.getValue());
            }
        }
        return values;
    }
}
