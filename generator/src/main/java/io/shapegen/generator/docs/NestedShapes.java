package io.shapegen.generator.docs;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.util.Optional;

/**
 * What a member holds once lists and maps are looked through. The model rejects collection cycles without a
 * structure in between, so the descent always ends.
 */
final class NestedShapes {
    private final ServiceModel model;

    NestedShapes(ServiceModel model) {
        this.model = model;
    }

    Shape shape(String name) {
        return model.shape(name);
    }

    /** @param shape a member's target @return the shape its values are made of: list elements, map values */
    Shape innermost(Shape shape) {
        Shape current = shape;
        while (true) {
            if (current instanceof ListShape list) {
                current = model.shape(list.member().target());
            } else if (current instanceof MapShape map) {
                current = model.shape(map.value().target());
            } else {
                return current;
            }
        }
    }

    /** @param shape a member's target @return the (non-exception) structure inside it, if any */
    Optional<StructureShape> structureWithin(Shape shape) {
        return innermost(shape) instanceof StructureShape structure && !structure.isException()
                ? Optional.of(structure) : Optional.empty();
    }

    /** @param shape a member's target @return the enum inside it, if any */
    Optional<StringShape> enumWithin(Shape shape) {
        return innermost(shape) instanceof StringShape string && string.isEnum() ? Optional.of(string) : Optional.empty();
    }
}
