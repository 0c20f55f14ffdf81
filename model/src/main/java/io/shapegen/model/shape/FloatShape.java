package io.shapegen.model.shape;

/**
 * A {@code float} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record FloatShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "float";
    }
}
