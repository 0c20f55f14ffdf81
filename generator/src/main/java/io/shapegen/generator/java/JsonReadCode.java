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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits straight-line jackson-core code that reads JSON into builders: {@code p} is the parser. Unknown
 * fields are skipped, {@code null}s count as absent, enum values are kept as sent.
 */
final class JsonReadCode {
    private final ServiceModel model;
    private final ClientSpec client;

    JsonReadCode(ServiceModel model, ClientSpec client) {
        this.model = model;
        this.client = client;
    }

    /**
     * Reads the object at the parser's current token into a builder. The fields of a very large structure are read
     * by private chunk methods, so no method nears the JVM's 64 KB limit.
     *
     * @param code where the statements go
     * @param members the members the object may hold (those in the body)
     * @param builderType the builder's type; the builder variable is {@code builder}
     * @param method the name of the method being emitted, which chunk methods are named after
     * @return the chunk methods the caller's class must add; empty unless the structure is very large
     */
    List<MethodSpec> object(CodeBlock.Builder code, List<MemberSpec> members, TypeName builderType, String method) {
        code.addStatement("$T.expectObject(p)", RuntimeTypes.JSON_VALUES);
        Set<String> keys = new HashSet<>();
        List<MemberSpec> read = members.stream().filter(m -> WireBindings.isSerialized(model, m.member())
                && keys.add(m.member().wireName())).toList();
        if (read.isEmpty()) {
            code.addStatement("p.skipChildren()");
            return List.of();
        }
        code.beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", RuntimeTypes.JSON_TOKEN);
        code.addStatement("$T field = p.currentName()", String.class);
        code.beginControlFlow("if (p.nextToken() == $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN)
                .addStatement("continue").endControlFlow();
        List<List<MemberSpec>> chunks = MemberChunks.of(read);
        List<MethodSpec> methods = new ArrayList<>();
        if (chunks.size() == 1) {
            code.beginControlFlow("switch (field)");
            cases(code, read);
            code.addStatement("default -> p.skipChildren()");
            code.endControlFlow();
        } else {
            CodeBlock.Builder tried = CodeBlock.builder();
            for (int i = 0; i < chunks.size(); i++) {
                String name = MemberChunks.name(method, i);
                tried.add(i == 0 ? "!$N(p, field, builder)" : "$W&& !$N(p, field, builder)", name);
                CodeBlock.Builder chunk = CodeBlock.builder().beginControlFlow("switch (field)");
                cases(chunk, chunks.get(i));
                chunk.beginControlFlow("default ->").addStatement("return false").endControlFlow();
                chunk.endControlFlow().addStatement("return true");
                methods.add(MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class).addParameter(RuntimeTypes.JSON_PARSER, "p")
                        .addParameter(String.class, "field").addParameter(builderType, "builder")
                        .addException(IOException.class).addCode(chunk.build()).build());
            }
            code.beginControlFlow("if ($L)", tried.build()).addStatement("p.skipChildren()").endControlFlow();
        }
        code.endControlFlow();
        return methods;
    }

    private void cases(CodeBlock.Builder code, List<MemberSpec> members) {
        for (MemberSpec member : members) {
            CodeBlock.Builder statements = CodeBlock.builder();
            CodeBlock value = value(statements, member.member(), member.target(), member.storageType(), 0);
            String setter = member.withStringsName().orElse(member.setterName());
            if (statements.isEmpty()) {
                code.addStatement("case $S -> builder.$N($L)", member.member().wireName(), setter, value);
            } else {
                code.beginControlFlow("case $S ->", member.member().wireName());
                code.add(statements.build());
                code.addStatement("builder.$N($L)", setter, value);
                code.endControlFlow();
            }
        }
    }

    /**
     * Reads one value at the parser's current token, which is not {@code null}.
     *
     * @param code where any statements go
     * @param holder the member holding the value (its timestamp format applies)
     * @param shape the value's shape
     * @param storage the value's Java type
     * @param depth the nesting depth, which keeps local variables distinct
     * @return an expression of type {@code storage}
     */
    CodeBlock value(CodeBlock.Builder code, Member holder, Shape shape, TypeName storage, int depth) {
        if (shape instanceof ListShape list) {
            TypeName element = ((ParameterizedTypeName) storage).typeArguments().get(0);
            String items = "list" + depth;
            code.addStatement("$T.expectArray(p)", RuntimeTypes.JSON_VALUES);
            code.addStatement("$T $N = new $T<>()", storage, items, ArrayList.class);
            code.beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", RuntimeTypes.JSON_TOKEN);
            code.beginControlFlow("if (p.currentToken() != $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN);
            CodeBlock item = value(code, list.member(), model.shape(list.member().target()), element, depth + 1);
            code.addStatement("$N.add($L)", items, item);
            code.endControlFlow();
            code.endControlFlow();
            return CodeBlock.of("$N", items);
        }
        if (shape instanceof MapShape map) {
            TypeName valueType = ((ParameterizedTypeName) storage).typeArguments().get(1);
            String entries = "map" + depth;
            String key = "key" + depth;
            code.addStatement("$T.expectObject(p)", RuntimeTypes.JSON_VALUES);
            code.addStatement("$T $N = new $T<>()", storage, entries, LinkedHashMap.class);
            code.beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", RuntimeTypes.JSON_TOKEN);
            code.addStatement("$T $N = p.currentName()", String.class, key);
            code.beginControlFlow("if (p.nextToken() != $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN);
            CodeBlock item = value(code, map.value(), model.shape(map.value().target()), valueType, depth + 1);
            code.addStatement("$N.put($N, $L)", entries, key, item);
            code.endControlFlow();
            code.endControlFlow();
            return CodeBlock.of("$N", entries);
        }
        if (shape instanceof StructureShape structure) {
            ClassName codec = client.codecFor(structure.name()).orElseThrow().className();
            return CodeBlock.of("$T.read(p)", codec);
        }
        return scalar(holder, shape);
    }

    private static CodeBlock scalar(Member holder, Shape shape) {
        String reader;
        if (shape instanceof IntegerShape) {
            reader = "readInteger";
        } else if (shape instanceof LongShape) {
            reader = "readLong";
        } else if (shape instanceof ShortShape) {
            reader = "readShort";
        } else if (shape instanceof ByteShape) {
            reader = "readByte";
        } else if (shape instanceof FloatShape) {
            reader = "readFloat";
        } else if (shape instanceof DoubleShape) {
            reader = "readDouble";
        } else if (shape instanceof BigDecimalShape) {
            reader = "readBigDecimal";
        } else if (shape instanceof BigIntegerShape) {
            reader = "readBigInteger";
        } else if (shape instanceof BooleanShape) {
            reader = "readBoolean";
        } else if (shape instanceof BlobShape) {
            reader = "readBlob";
        } else if (shape instanceof TimestampShape) {
            return CodeBlock.of("$T.readTimestamp(p, $L)", RuntimeTypes.JSON_VALUES,
                    WireFormats.timestamp(holder, shape, MemberLocation.BODY));
        } else if (shape instanceof DocumentShape) {
            return CodeBlock.of("$T.read(p)", RuntimeTypes.DOCUMENT_JSON);
        } else {
            reader = "readString";
        }
        return CodeBlock.of("$T.$L(p)", RuntimeTypes.JSON_VALUES, reader);
    }
}
