package io.shapegen.model.shape;

/**
 * A {@code boolean} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record BooleanShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "boolean";
    }
}
