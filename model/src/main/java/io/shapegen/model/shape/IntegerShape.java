package io.shapegen.model.shape;

/**
 * A {@code integer} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record IntegerShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "integer";
    }
}
