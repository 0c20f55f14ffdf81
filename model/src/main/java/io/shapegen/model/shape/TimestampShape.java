package io.shapegen.model.shape;

/**
 * A {@code timestamp} shape.
 *
 * @param name the shape's name
 * @param traits its traits
 * @param timestampFormat the wire format, if the shape fixes one
 */
public record TimestampShape(String name, ShapeTraits traits, java.util.Optional<TimestampFormat> timestampFormat) implements Shape {
    @Override
    public String typeName() {
        return "timestamp";
    }
}
