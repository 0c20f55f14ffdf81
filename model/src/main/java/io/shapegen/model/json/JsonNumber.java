package io.shapegen.model.json;

import io.shapegen.model.ModelPosition;
import java.math.BigDecimal;

/** A JSON number, exact. @param value the number @param position where it starts */
public record JsonNumber(BigDecimal value, ModelPosition position) implements JsonValue {
    @Override
    public String typeName() {
        return "number";
    }
}
