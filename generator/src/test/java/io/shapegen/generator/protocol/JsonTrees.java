package io.shapegen.generator.protocol;

import io.shapegen.model.ModelSource;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonBoolean;
import io.shapegen.model.json.JsonNumber;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonString;
import io.shapegen.model.json.JsonTreeParser;
import io.shapegen.model.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON text and trees for the conformance tests: parse, write back, and compare as plain values. */
final class JsonTrees {
    private JsonTrees() {
    }

    static JsonValue parse(String name, byte[] json) {
        return JsonTreeParser.parse(new ModelSource(name, json));
    }

    /**
     * @param value a parsed value
     * @return it as plain Java: maps, lists, strings, booleans, {@code null}, and numbers as stripped BigDecimals,
     *     so that {@code equals} compares JSON values (object keys unordered, 1.0 equal to 1)
     */
    static Object plain(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.members().forEach((key, member) -> map.put(key, plain(member)));
            return map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.elements().forEach(element -> list.add(plain(element)));
            return list;
        }
        if (value instanceof JsonString text) {
            return text.value();
        }
        if (value instanceof JsonNumber number) {
            return number(number.value());
        }
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }

    static BigDecimal number(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** Writes a parsed value back as JSON text (to assemble a service model from a suite). */
    static String text(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, JsonValue value) {
        if (value instanceof JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> entry : object.members().entrySet()) {
                out.append(first ? "" : ",");
                quote(out, entry.getKey());
                out.append(':');
                write(out, entry.getValue());
                first = false;
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(out, array.elements().get(i));
            }
            out.append(']');
        } else if (value instanceof JsonString text) {
            quote(out, text.value());
        } else if (value instanceof JsonNumber number) {
            out.append(number.value().toString());
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
