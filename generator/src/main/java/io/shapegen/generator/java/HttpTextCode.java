package io.shapegen.generator.java;

import com.palantir.javapoet.CodeBlock;
import io.shapegen.model.shape.BigDecimalShape;
import io.shapegen.model.shape.BigIntegerShape;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.BooleanShape;
import io.shapegen.model.shape.ByteShape;
import io.shapegen.model.shape.CharacterShape;
import io.shapegen.model.shape.DoubleShape;
import io.shapegen.model.shape.FloatShape;
import io.shapegen.model.shape.IntegerShape;
import io.shapegen.model.shape.LongShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.TimestampShape;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Emits the conversions between scalar values and their text in URI labels, query strings and headers.
 * Only scalars travel there; the model reader and the spec keep structures out.
 */
final class HttpTextCode {
    private HttpTextCode() {
    }

    /**
     * @param holder the member holding the value (its {@code jsonvalue} and timestamp format apply)
     * @param shape the value's shape
     * @param location where the text travels
     * @param value the value, not {@code null}
     * @return an expression of the value's text
     */
    static CodeBlock toText(Member holder, Shape shape, MemberLocation location, CodeBlock value) {
        if (shape instanceof StringShape || shape instanceof CharacterShape) {
            return holder.traits().jsonValue() && location == MemberLocation.HEADER
                    ? CodeBlock.of("$T.encodeJsonValue($L)", RuntimeTypes.HEADER_VALUES, value) : value;
        } else if (shape instanceof FloatShape || shape instanceof DoubleShape) {
            return CodeBlock.of("$T.format($L)", RuntimeTypes.FLOAT_VALUES, value);
        } else if (shape instanceof TimestampShape) {
            return CodeBlock.of("$L.format($L)", WireFormats.timestamp(holder, shape, location), value);
        } else if (shape instanceof BlobShape) {
            return CodeBlock.of("$T.encode($L)", RuntimeTypes.BASE64_TEXT, value);
        } else if (shape instanceof BigDecimalShape) {
            return CodeBlock.of("$L.toPlainString()", value);
        } else if (isPlainValue(shape)) {
            return CodeBlock.of("$T.valueOf($L)", String.class, value);
        }
        throw unsupported(holder, shape, location);
    }

    /**
     * @param holder the member holding the value
     * @param shape the value's shape
     * @param location where the text travels
     * @param text an expression of the text, not {@code null}
     * @return an expression of the value
     */
    static CodeBlock fromText(Member holder, Shape shape, MemberLocation location, CodeBlock text) {
        if (shape instanceof StringShape || shape instanceof CharacterShape) {
            return holder.traits().jsonValue() && location == MemberLocation.HEADER
                    ? CodeBlock.of("$T.decodeJsonValue($L)", RuntimeTypes.HEADER_VALUES, text) : text;
        } else if (shape instanceof IntegerShape) {
            return CodeBlock.of("$T.valueOf($L.trim())", Integer.class, text);
        } else if (shape instanceof LongShape) {
            return CodeBlock.of("$T.valueOf($L.trim())", Long.class, text);
        } else if (shape instanceof ShortShape) {
            return CodeBlock.of("$T.valueOf($L.trim())", Short.class, text);
        } else if (shape instanceof ByteShape) {
            return CodeBlock.of("$T.valueOf($L.trim())", Byte.class, text);
        } else if (shape instanceof BigIntegerShape) {
            return CodeBlock.of("new $T($L.trim())", BigInteger.class, text);
        } else if (shape instanceof BigDecimalShape) {
            return CodeBlock.of("new $T($L.trim())", BigDecimal.class, text);
        } else if (shape instanceof FloatShape) {
            return CodeBlock.of("(float) $T.parseDouble($L)", RuntimeTypes.FLOAT_VALUES, text);
        } else if (shape instanceof DoubleShape) {
            return CodeBlock.of("$T.parseDouble($L)", RuntimeTypes.FLOAT_VALUES, text);
        } else if (shape instanceof BooleanShape) {
            return CodeBlock.of("$T.parseBoolean($L)", RuntimeTypes.HEADER_VALUES, text);
        } else if (shape instanceof TimestampShape) {
            return CodeBlock.of("$L.parse($L)", WireFormats.timestamp(holder, shape, location), text);
        } else if (shape instanceof BlobShape) {
            return CodeBlock.of("$T.decode($L, $S)", RuntimeTypes.BASE64_TEXT, text, holder.wireName());
        }
        throw unsupported(holder, shape, location);
    }

    /** @return whether {@code String.valueOf} gives the wire text: integers and booleans */
    private static boolean isPlainValue(Shape shape) {
        return shape instanceof IntegerShape || shape instanceof LongShape || shape instanceof ShortShape
                || shape instanceof ByteShape || shape instanceof BigIntegerShape || shape instanceof BooleanShape;
    }

    private static RuntimeException unsupported(Member holder, Shape shape, MemberLocation location) {
        return holder.position().error("member \"" + holder.name() + "\" is bound to the " + location.modelName()
                + " location, but its shape \"" + shape.name() + "\" is a " + shape.typeName()
                + ", which cannot travel as text there.",
                "Bind only strings, numbers, booleans, timestamps, blobs (and lists or maps of them) to URI labels,"
                        + " query strings and headers.");
    }
}
