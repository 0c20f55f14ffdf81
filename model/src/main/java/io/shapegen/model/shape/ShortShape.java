package io.shapegen.model.shape;

/**
 * A {@code short} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record ShortShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "short";
    }
}
