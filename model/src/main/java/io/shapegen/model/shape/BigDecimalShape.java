package io.shapegen.model.shape;

/**
 * A {@code bigdecimal} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record BigDecimalShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "bigdecimal";
    }
}
