package io.shapegen.model.shape;

/**
 * A {@code biginteger} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record BigIntegerShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "biginteger";
    }
}
