package io.shapegen.model.json;

import io.shapegen.model.ModelPosition;

/** A JSON string. @param value the text @param position where it starts */
public record JsonString(String value, ModelPosition position) implements JsonValue {
    @Override
    public String typeName() {
        return "string";
    }
}
