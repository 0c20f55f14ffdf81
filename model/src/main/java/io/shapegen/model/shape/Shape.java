package io.shapegen.model.shape;

import io.shapegen.model.ModelPosition;

/**
 * A named shape of the model: one entry under {@code /shapes}. The permitted types mirror the
 * botocore shape types one to one.
 */
public sealed interface Shape permits StructureShape, ListShape, MapShape, StringShape, IntegerShape, LongShape,
        ShortShape, ByteShape, FloatShape, DoubleShape, BigDecimalShape, BigIntegerShape, BooleanShape, BlobShape,
        TimestampShape, DocumentShape, CharacterShape {

    /** @return the shape's name, the key under {@code /shapes} */
    String name();

    /** @return the traits every shape type may carry */
    ShapeTraits traits();

    /** @return the botocore type name: structure, list, map, string, integer, … */
    String typeName();

    /** @return where the shape is defined */
    default ModelPosition position() {
        return traits().position();
    }
}
