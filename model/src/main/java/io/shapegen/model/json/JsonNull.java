package io.shapegen.model.json;

import io.shapegen.model.ModelPosition;

/** The JSON {@code null}. @param position where it stands */
public record JsonNull(ModelPosition position) implements JsonValue {
    @Override
    public String typeName() {
        return "null";
    }
}
