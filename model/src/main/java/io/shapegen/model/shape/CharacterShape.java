package io.shapegen.model.shape;

/**
 * A {@code character} shape: one character, sent as a string.
 *
 * @param name the shape's name
 * @param traits its traits
 */
public record CharacterShape(String name, ShapeTraits traits) implements Shape {
    @Override
    public String typeName() {
        return "character";
    }
}
