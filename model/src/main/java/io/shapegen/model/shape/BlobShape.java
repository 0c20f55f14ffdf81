package io.shapegen.model.shape;

/**
 * A {@code blob} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record BlobShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "blob";
    }
}
