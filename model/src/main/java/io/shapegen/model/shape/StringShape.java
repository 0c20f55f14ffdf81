package io.shapegen.model.shape;

import java.util.List;

/**
 * A {@code string} shape; with {@code enum} values it is an enumeration.
 *
 * @param name the shape's name
 * @param traits its traits
 * @param enumValues the allowed values in model order, empty for a free string
 */
public record StringShape(String name, ShapeTraits traits, List<String> enumValues) implements Shape {
    /** Copies the values. */
    public StringShape {
        enumValues = List.copyOf(enumValues);
    }

    @Override
    public String typeName() {
        return "string";
    }

    /** @return whether the shape is an enumeration */
    public boolean isEnum() {
        return !enumValues.isEmpty();
    }
}
