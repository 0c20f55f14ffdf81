package io.shapegen.model.shape;

/**
 * A {@code document} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record DocumentShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "document";
    }
}
