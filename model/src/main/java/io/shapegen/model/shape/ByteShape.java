package io.shapegen.model.shape;

/**
 * A {@code byte} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record ByteShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "byte";
    }
}
