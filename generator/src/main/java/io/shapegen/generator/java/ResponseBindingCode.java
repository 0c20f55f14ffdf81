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
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.DocumentShape;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the reading of a response (or error response) into a builder: status code, headers and the
 * payload under rest-json, then the JSON body through a private {@code readBody} method of the owner
 * class. {@code response} is the {@code HttpResponse} and {@code builder} the builder.
 */
final class ResponseBindingCode {
    private final ServiceModel model;
    private final ClientSpec client;
    private final JsonReadCode json;

    ResponseBindingCode(ServiceModel model, ClientSpec client) {
        this.model = model;
        this.client = client;
        this.json = new JsonReadCode(model, client);
    }

    /**
     * @param owner the class being emitted
     * @param code the statements of the unmarshalling method
     * @param shape the structure read
     * @param members its members, as the builder names them
     * @param builderType the builder's type
     * @return the {@code readBody} method (and its chunk methods) the owner needs, if the body holds JSON members
     */
    List<MethodSpec> read(ClassName owner, CodeBlock.Builder code, StructureShape shape, List<MemberSpec> members,
            ClassName builderType) {
        boolean rest = client.wire().isRest();
        if (rest) {
            httpBindings(code, members);
        }
        Optional<MemberSpec> payload = rest ? shape.payload().flatMap(name -> members.stream()
                .filter(m -> m.member().name().equals(name)).findFirst()) : Optional.empty();
        if (payload.isPresent() && !WireBindings.isSerialized(model, payload.get().member())) {
            return List.of();
        }
        CodeBlock.Builder body = CodeBlock.builder();
        List<MethodSpec> chunks = List.of();
        if (payload.isPresent()) {
            MemberSpec member = payload.get();
            Shape target = member.target();
            if (target instanceof BlobShape || !(target instanceof StructureShape || target instanceof DocumentShape)) {
                code.addStatement("byte[] body = response.body()");
                code.beginControlFlow("if (body.length > 0)");
                code.addStatement("builder.$N($L)", member.setterName(), target instanceof BlobShape
                        ? CodeBlock.of("$T.fromByteArrayUnsafe(body)", RuntimeTypes.SDK_BYTES)
                        : CodeBlock.of("new $T(body, $T.UTF_8)", String.class, StandardCharsets.class));
                code.endControlFlow();
                return List.of();
            }
            body.addStatement("builder.$N($L)", member.setterName(), json.value(body, member.member(), target,
                    member.storageType(), 0));
        } else {
            List<MemberSpec> inBody = members.stream()
                    .filter(m -> WireBindings.inBody(m.member(), rest) && WireBindings.isSerialized(model, m.member()))
                    .toList();
            if (inBody.isEmpty()) {
                return List.of();
            }
            chunks = json.object(body, inBody, builderType, "readBody");
        }
        code.addStatement("$T.read(response, builder, $T::readBody)", RuntimeTypes.JSON_BODIES, owner);
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("readBody").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(RuntimeTypes.JSON_PARSER, "p").addParameter(builderType, "builder")
                .addException(IOException.class).addCode(body.build()).build());
        methods.addAll(chunks);
        return methods;
    }

    private void httpBindings(CodeBlock.Builder code, List<MemberSpec> members) {
        int index = 0;
        for (MemberSpec member : members) {
            Member wire = member.member();
            String setter = member.withStringsName().orElse(member.setterName());
            switch (wire.location()) {
                case STATUS_CODE -> code.addStatement("builder.$N(response.statusCode())", setter);
                case HEADER -> {
                    String header = "header" + index++;
                    code.addStatement("$T $N = $T.first(response.headers(), $S)", String.class, header,
                            RuntimeTypes.HEADER_VALUES, wire.wireName());
                    code.beginControlFlow("if ($N != null)", header);
                    if (member.target() instanceof ListShape list) {
                        listHeader(code, member, list, header, setter);
                    } else {
                        code.addStatement("builder.$N($L)", setter, HttpTextCode.fromText(wire, member.target(),
                                MemberLocation.HEADER, CodeBlock.of("$N", header)));
                    }
                    code.endControlFlow();
                }
                case HEADERS -> {
                    String prefixed = "prefixed" + index++;
                    code.addStatement("$T $N = $T.withPrefix(response.headers(), $S)", member.storageType(), prefixed,
                            RuntimeTypes.HEADER_VALUES, wire.wireName());
                    code.beginControlFlow("if (!$N.isEmpty())", prefixed);
                    code.addStatement("builder.$N($N)", setter, prefixed);
                    code.endControlFlow();
                }
                default -> {
                }
            }
        }
    }

    private void listHeader(CodeBlock.Builder code, MemberSpec member, ListShape list, String header, String setter) {
        Shape element = model.shape(list.member().target());
        boolean httpDates = element instanceof TimestampShape timestamp
                && WireFormats.timestamp(list.member(), timestamp, MemberLocation.HEADER).toString().endsWith("RFC_822");
        CodeBlock parts = CodeBlock.of("$T.$L($N)", RuntimeTypes.HEADER_VALUES,
                httpDates ? "splitHttpDates" : "splitList", header);
        TypeName elementType = ((ParameterizedTypeName) member.storageType()).typeArguments().get(0);
        if (elementType.equals(ClassName.get(String.class)) && !list.member().traits().jsonValue()) {
            code.addStatement("builder.$N($L)", setter, parts);
            return;
        }
        code.addStatement("$T list = new $T<>()", member.storageType(), ArrayList.class);
        code.beginControlFlow("for ($T part : $L)", String.class, parts);
        code.addStatement("list.add($L)", HttpTextCode.fromText(list.member(), element, MemberLocation.HEADER,
                CodeBlock.of("part")));
        code.endControlFlow();
        code.addStatement("builder.$N(list)", setter);
    }
}
