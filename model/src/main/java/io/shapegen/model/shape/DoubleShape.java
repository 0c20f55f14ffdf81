package io.shapegen.model.shape;

/**
 * A {@code double} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record DoubleShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "double";
    }
}
