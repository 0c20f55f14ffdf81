package io.shapegen.model.json;

import io.shapegen.model.ModelException;
import io.shapegen.model.ModelPosition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object whose typed reads report the offending value's position when it has the wrong type.
 * Keys keep their file order. Keys nobody asks for are ignored, so models may grow new keys.
 *
 * @param members the entries in file order, unmodifiable
 * @param position where the object starts
 */
public record JsonObject(Map<String, JsonValue> members, ModelPosition position) implements JsonValue {
    /** Makes the entries unmodifiable, keeping their order. */
    public JsonObject {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public String typeName() {
        return "object";
    }

    /** @param key a key @return the value under the key, if present and not {@code null} */
    public Optional<JsonValue> get(String key) {
        JsonValue value = members.get(key);
        return value instanceof JsonNull ? Optional.empty() : Optional.ofNullable(value);
    }

    /** @param key a key @return whether the key is present with a non-null value */
    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** @param key a key @return the string under the key @throws ModelException if absent or not a string */
    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> missing(key, "a string"));
    }

    /** @param key a key @return the string under the key, if present @throws ModelException if not a string */
    public Optional<String> optionalString(String key) {
        return get(key).map(value -> expect(key, value, JsonString.class, "a string").value());
    }

    /** @param key a key @return the string under the key, or {@code ""} @throws ModelException if not a string */
    public String stringOrEmpty(String key) {
        return optionalString(key).orElse("");
    }

    /** @param key a key @return the boolean under the key, {@code false} if absent @throws ModelException if not a boolean */
    public boolean flag(String key) {
        return get(key).map(value -> expect(key, value, JsonBoolean.class, "true or false").value()).orElse(false);
    }

    /** @param key a key @return the number under the key, if present @throws ModelException if not a number */
    public Optional<BigDecimal> optionalNumber(String key) {
        return get(key).map(value -> expect(key, value, JsonNumber.class, "a number").value());
    }

    /** @param key a key @return the integer under the key, if present @throws ModelException if not an integer */
    public Optional<Integer> optionalInt(String key) {
        return get(key).map(value -> {
            JsonNumber number = expect(key, value, JsonNumber.class, "a whole number");
            try {
                return number.value().intValueExact();
            } catch (ArithmeticException e) {
                throw value.position().error("\"" + key + "\" must be a whole number, not " + number.value() + ".",
                        "Use an integer such as 200.");
            }
        });
    }

    /** @param key a key @return the object under the key @throws ModelException if absent or not an object */
    public JsonObject requiredObject(String key) {
        return optionalObject(key).orElseThrow(() -> missing(key, "an object"));
    }

    /** @param key a key @return the object under the key, if present @throws ModelException if not an object */
    public Optional<JsonObject> optionalObject(String key) {
        return get(key).map(value -> expect(key, value, JsonObject.class, "an object"));
    }

    /** @param key a key @return the array under the key, if present @throws ModelException if not an array */
    public Optional<JsonArray> optionalArray(String key) {
        return get(key).map(value -> expect(key, value, JsonArray.class, "an array"));
    }

    /**
     * @param key a key
     * @param what what the entries are, for error messages
     * @return the strings under the key: one string alone, or an array of strings; empty when absent
     * @throws ModelException if the value is neither
     */
    public java.util.List<String> stringOrStrings(String key, String what) {
        Optional<JsonValue> value = get(key);
        if (value.isEmpty()) {
            return java.util.List.of();
        }
        if (value.get() instanceof JsonString text) {
            return java.util.List.of(text.value());
        }
        return expect(key, value.get(), JsonArray.class, "a string or an array of strings").strings(what);
    }

    /**
     * @param key a key
     * @return the position of the value under the key, or of this object when the key is absent
     */
    public ModelPosition positionOf(String key) {
        JsonValue value = members.get(key);
        return value == null ? position : value.position();
    }

    private ModelException missing(String key, String expected) {
        return position.error("the required key \"" + key + "\" is missing.",
                "Add \"" + key + "\" with " + expected + " as its value.");
    }

    private static <T extends JsonValue> T expect(String key, JsonValue value, Class<T> type, String expected) {
        if (!type.isInstance(value)) {
            throw value.position().error("\"" + key + "\" must be " + expected + " but is " + describe(value) + ".",
                    "Change the value to " + expected + ".");
        }
        return type.cast(value);
    }

    private static String describe(JsonValue value) {
        if (value instanceof JsonString text) {
            return "the string \"" + abbreviate(text.value()) + "\"";
        }
        if (value instanceof JsonNumber number) {
            return "the number " + number.value();
        }
        if (value instanceof JsonBoolean bool) {
            return "the boolean " + bool.value();
        }
        return "an " + value.typeName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
