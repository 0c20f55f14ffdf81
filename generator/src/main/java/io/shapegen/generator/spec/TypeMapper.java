package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.BigDecimalShape;
import io.shapegen.model.shape.BigIntegerShape;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.BooleanShape;
import io.shapegen.model.shape.ByteShape;
import io.shapegen.model.shape.DocumentShape;
import io.shapegen.model.shape.DoubleShape;
import io.shapegen.model.shape.FloatShape;
import io.shapegen.model.shape.IntegerShape;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.LongShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The one mapping from model shapes to the Java types fields are stored as. */
final class TypeMapper {
    static final ClassName SDK_BYTES = ClassName.get("io.shapegen.runtime", "SdkBytes");
    static final ClassName DOCUMENT = ClassName.get("io.shapegen.runtime", "Document");

    private final ServiceModel model;
    private final Map<String, ClassName> structureClasses;

    /**
     * @param model the model
     * @param structureClasses the class of every structure that has one
     */
    TypeMapper(ServiceModel model, Map<String, ClassName> structureClasses) {
        this.model = model;
        this.structureClasses = structureClasses;
    }

    /**
     * Lists and maps nest a bounded number of levels: the model rejects collection cycles without a
     * structure in between, and a structure ends the descent.
     *
     * @param shape a shape
     * @return the type a field of that shape is stored as (enums as their wire strings)
     */
    TypeName storageType(Shape shape) {
        if (shape instanceof ListShape list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), storageType(model.shape(list.member().target())));
        }
        if (shape instanceof MapShape map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    storageType(model.shape(map.value().target())));
        }
        if (shape instanceof StructureShape structure) {
            return structureClasses.get(structure.name());
        }
        return scalarType(shape);
    }

    private static TypeName scalarType(Shape shape) {
        if (shape instanceof StringShape || shape instanceof io.shapegen.model.shape.CharacterShape) {
            return ClassName.get(String.class);
        } else if (shape instanceof IntegerShape) {
            return ClassName.get(Integer.class);
        } else if (shape instanceof LongShape) {
            return ClassName.get(Long.class);
        } else if (shape instanceof ShortShape) {
            return ClassName.get(Short.class);
        } else if (shape instanceof ByteShape) {
            return ClassName.get(Byte.class);
        } else if (shape instanceof FloatShape) {
            return ClassName.get(Float.class);
        } else if (shape instanceof DoubleShape) {
            return ClassName.get(Double.class);
        } else if (shape instanceof BigDecimalShape) {
            return ClassName.get(BigDecimal.class);
        } else if (shape instanceof BigIntegerShape) {
            return ClassName.get(BigInteger.class);
        } else if (shape instanceof BooleanShape) {
            return ClassName.get(Boolean.class);
        } else if (shape instanceof BlobShape) {
            return SDK_BYTES;
        } else if (shape instanceof TimestampShape) {
            return ClassName.get(Instant.class);
        } else if (shape instanceof DocumentShape) {
            return DOCUMENT;
        }
        throw new IllegalStateException("No Java type for " + shape.typeName() + " shape " + shape.name());
    }
}
