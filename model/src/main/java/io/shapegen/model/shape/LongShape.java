package io.shapegen.model.shape;

/**
 * A {@code long} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record LongShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "long";
    }
}
