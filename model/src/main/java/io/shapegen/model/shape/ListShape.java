package io.shapegen.model.shape;

/**
 * A {@code list} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 * @param member the element
 */
public record ListShape(String name, ShapeTraits traits, Member member) implements Shape {
    @Override
    public String typeName() {
        return "list";
    }
}
