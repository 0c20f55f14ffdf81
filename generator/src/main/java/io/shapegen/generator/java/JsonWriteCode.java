package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.WireBindings;
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
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits straight-line jackson-core code that writes values as JSON: {@code g} is the generator, and every
 * value written is known not to be {@code null}.
 */
final class JsonWriteCode {
    private final ServiceModel model;
    private final ClientSpec client;

    JsonWriteCode(ServiceModel model, ClientSpec client) {
        this.model = model;
        this.client = client;
    }

    /**
     * Writes members of a structure as one JSON object, skipping absent ones. The fields of a very large structure
     * are written by private chunk methods, so no method nears the JVM's 64 KB limit.
     *
     * @param code where the statements go
     * @param members the members to write (those in the body)
     * @param source the structure variable, for example {@code value} or {@code request}
     * @param sourceType its type
     * @param method the name of the method being emitted, which chunk methods are named after
     * @return the chunk methods the caller's class must add; empty unless the structure is very large
     */
    List<MethodSpec> object(CodeBlock.Builder code, List<MemberSpec> members, String source, TypeName sourceType,
            String method) {
        List<MemberSpec> written = members.stream().filter(m -> WireBindings.isSerialized(model, m.member())).toList();
        List<List<MemberSpec>> chunks = MemberChunks.of(written);
        List<MethodSpec> methods = new ArrayList<>();
        code.addStatement("g.writeStartObject()");
        if (chunks.size() == 1) {
            fields(code, written, source);
        } else {
            for (int i = 0; i < chunks.size(); i++) {
                String name = MemberChunks.name(method, i);
                code.addStatement("$N(g, $N)", name, source);
                CodeBlock.Builder chunk = CodeBlock.builder();
                fields(chunk, chunks.get(i), source);
                methods.add(MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(RuntimeTypes.JSON_GENERATOR, "g").addParameter(sourceType, source)
                        .addException(IOException.class).addCode(chunk.build()).build());
            }
        }
        code.addStatement("g.writeEndObject()");
        return methods;
    }

    private void fields(CodeBlock.Builder code, List<MemberSpec> members, String source) {
        for (MemberSpec member : members) {
            CodeBlock raw = CodeBlock.of("$N.$N()", source, member.asStringName().orElse(member.getterName()));
            if (member.isCollection()) {
                code.beginControlFlow("if ($N.$N())", source, member.hasName().orElseThrow());
            } else {
                code.beginControlFlow("if ($L != null)", raw);
            }
            code.addStatement("g.writeFieldName($S)", member.member().wireName());
            value(code, member.member(), member.target(), member.storageType(), raw, 0);
            code.endControlFlow();
        }
    }

    /**
     * Writes one value.
     *
     * @param code where the statements go
     * @param holder the member holding the value (its timestamp format applies)
     * @param shape the value's shape
     * @param storage the value's Java type (enums are strings)
     * @param value the value, not {@code null}
     * @param depth the nesting depth, which keeps loop variables distinct
     */
    void value(CodeBlock.Builder code, Member holder, Shape shape, TypeName storage, CodeBlock value, int depth) {
        if (shape instanceof ListShape list) {
            TypeName element = ((ParameterizedTypeName) storage).typeArguments().get(0);
            String item = "e" + depth;
            code.addStatement("g.writeStartArray()");
            code.beginControlFlow("for ($T $N : $L)", element, item, value);
            value(code, list.member(), model.shape(list.member().target()), element, CodeBlock.of("$N", item), depth + 1);
            code.endControlFlow();
            code.addStatement("g.writeEndArray()");
        } else if (shape instanceof MapShape map) {
            TypeName valueType = ((ParameterizedTypeName) storage).typeArguments().get(1);
            String entry = "entry" + depth;
            code.addStatement("g.writeStartObject()");
            code.beginControlFlow("for ($T $N : $L.entrySet())", ParameterizedTypeName.get(
                    ClassName.get(Map.Entry.class), ClassName.get(String.class), valueType), entry, value);
            code.beginControlFlow("if ($N.getValue() != null)", entry);
            code.addStatement("g.writeFieldName($N.getKey())", entry);
            value(code, map.value(), model.shape(map.value().target()), valueType,
                    CodeBlock.of("$N.getValue()", entry), depth + 1);
            code.endControlFlow();
            code.endControlFlow();
            code.addStatement("g.writeEndObject()");
        } else if (shape instanceof StructureShape structure) {
            ClassName codec = client.codecFor(structure.name()).orElseThrow().className();
            code.addStatement("$T.write(g, $L)", codec, value);
        } else {
            code.addStatement(scalar(holder, shape, value));
        }
    }

    private CodeBlock scalar(Member holder, Shape shape, CodeBlock value) {
        if (shape instanceof FloatShape || shape instanceof DoubleShape) {
            return CodeBlock.of("$T.write(g, $L)", RuntimeTypes.FLOAT_VALUES, value);
        } else if (shape instanceof BooleanShape) {
            return CodeBlock.of("g.writeBoolean($L)", value);
        } else if (shape instanceof BlobShape) {
            return CodeBlock.of("$T.writeBlob(g, $L)", RuntimeTypes.JSON_VALUES, value);
        } else if (shape instanceof TimestampShape) {
            return CodeBlock.of("$T.writeTimestamp(g, $L, $L)", RuntimeTypes.JSON_VALUES, value,
                    WireFormats.timestamp(holder, shape, MemberLocation.BODY));
        } else if (shape instanceof DocumentShape) {
            return CodeBlock.of("$T.write(g, $L)", RuntimeTypes.DOCUMENT_JSON, value);
        } else if (shape instanceof BigDecimalShape || shape instanceof BigIntegerShape || shape instanceof IntegerShape
                || shape instanceof LongShape || shape instanceof ShortShape) {
            return CodeBlock.of("g.writeNumber($L)", value);
        } else if (shape instanceof ByteShape) {
            return CodeBlock.of("g.writeNumber($L.shortValue())", value);
        }
        return CodeBlock.of("g.writeString($L)", value);
    }
}
