package io.shapegen.model.shape;

/**
 * A {@code map} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 * @param key the key (a string shape)
 * @param value the value
 */
public record MapShape(String name, ShapeTraits traits, Member key, Member value) implements Shape {
    @Override
    public String typeName() {
        return "map";
    }
}
