package io.shapegen.model.json;

import io.shapegen.model.ModelPosition;

/** A JSON boolean. @param value the boolean @param position where it starts */
public record JsonBoolean(boolean value, ModelPosition position) implements JsonValue {
    @Override
    public String typeName() {
        return "boolean";
    }
}
