package io.shapegen.model;

import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonTreeParser;
import io.shapegen.model.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns a protocol test file (an array of suites) into one service-2.json document per suite. */
final class SuiteModels {
    private SuiteModels() {
    }

    static List<byte[]> split(String suitesJson) {
        JsonArray suites = (JsonArray) JsonTreeParser.parse(new ModelSource("suites", suitesJson.getBytes(StandardCharsets.UTF_8)));
        List<byte[]> models = new ArrayList<>();
        for (JsonValue value : suites.elements()) {
            JsonObject suite = (JsonObject) value;
            StringBuilder json = new StringBuilder("{\"metadata\":");
            json.append(JsonText.of(suite.requiredObject("metadata")));
            json.append(",\"shapes\":").append(JsonText.of(suite.optionalObject("shapes").orElse(null)));
            json.append(",\"operations\":{");
            boolean first = true;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonValue caseValue : suite.optionalArray("cases").orElseThrow().elements()) {
                JsonObject given = ((JsonObject) caseValue).requiredObject("given");
                String name = given.requiredString("name");
                if (!seen.add(name)) {
                    continue;
                }
                json.append(first ? "" : ",").append(JsonText.quote(name)).append(':').append(JsonText.of(given));
                first = false;
            }
            models.add(json.append("}}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return models;
    }

    /** Writes a parsed value back as JSON text. */
    static final class JsonText {
        private JsonText() {
        }

        static String of(JsonValue value) {
            if (value == null) {
                return "{}";
            }
            if (value instanceof JsonObject object) {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                for (var entry : object.members().entrySet()) {
                    out.append(first ? "" : ",").append(quote(entry.getKey())).append(':').append(of(entry.getValue()));
                    first = false;
                }
                return out.append('}').toString();
            }
            if (value instanceof JsonArray array) {
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < array.elements().size(); i++) {
                    out.append(i == 0 ? "" : ",").append(of(array.elements().get(i)));
                }
                return out.append(']').toString();
            }
            if (value instanceof io.shapegen.model.json.JsonString text) {
                return quote(text.value());
            }
            if (value instanceof io.shapegen.model.json.JsonNumber number) {
                return number.value().toString();
            }
            if (value instanceof io.shapegen.model.json.JsonBoolean bool) {
                return Boolean.toString(bool.value());
            }
            return "null";
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
