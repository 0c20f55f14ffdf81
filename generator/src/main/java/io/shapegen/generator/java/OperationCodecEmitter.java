package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.WireBindings;
import io.shapegen.model.Operation;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.DocumentShape;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits the wire code of one operation, apart from any client so the sync and async clients share it:
 * {@code marshall} turns the request into HTTP parts once (so every retry sends the same body and
 * idempotency token), {@code unmarshall} turns a 2xx response into the output.
 */
final class OperationCodecEmitter {
    private final ServiceSpec service;
    private final ClientSpec client;
    private final JsonWriteCode writer;
    private final ResponseBindingCode responses;

    OperationCodecEmitter(ServiceSpec service, ClientSpec client) {
        this.service = service;
        this.client = client;
        this.writer = new JsonWriteCode(service.model(), client);
        this.responses = new ResponseBindingCode(service.model(), client);
    }

    JavaFile emit(ClientSpec.OperationCodec codec) {
        OperationSpec operation = codec.operation();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec.className()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("The $L wire form of the {@code $L} operation, shared by the clients (not an API):\n"
                        + "{@link #marshall} makes the HTTP parts of a {@link $T},\n"
                        + "{@link #unmarshall} reads a {@link $T}.\n",
                        client.wire().protocol(), operation.operation().name(), operation.request().className(),
                        operation.response().className())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        marshall(type, codec);
        unmarshall(type, codec);
        return JavaFiles.of(service, codec.className().packageName(), type);
    }

    private void marshall(TypeSpec.Builder type, ClientSpec.OperationCodec codec) {
        OperationSpec operation = codec.operation();
        Operation model = operation.operation();
        ClassName request = operation.request().className();
        List<MemberSpec> members = operation.request().members();
        boolean rest = client.wire().isRest();
        MethodSpec.Builder method = MethodSpec.methodBuilder("marshall").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.MARSHALLED_REQUEST).addParameter(request, "request");
        method.addJavadoc("@param request the input\n");
        if (codec.takesIdempotencyTokens()) {
            method.addParameter(ParameterizedTypeName.get(Supplier.class, String.class), "idempotencyTokens");
            method.addJavadoc("@param idempotencyTokens fills idempotency tokens the input leaves out\n");
        }
        method.addJavadoc("@return the request's HTTP parts\n@throws $T if a member that fills the path or the host is"
                + " missing\n", RuntimeTypes.SDK_CLIENT_EXCEPTION);
        for (MemberSpec member : members) {
            if (member.member().traits().idempotencyToken()) {
                method.beginControlFlow("if (request.$N() == null)", member.getterName())
                        .addStatement("request = request.toBuilder().$N(idempotencyTokens.get()).build()", member.setterName())
                        .endControlFlow();
            }
        }
        RequestBindingCode bindings = new RequestBindingCode(service.model(), model.name(), members);
        CodeBlock path = rest ? bindings.path(model.http().requestUri()) : CodeBlock.of("$S", model.http().requestUri());
        method.addStatement("$T http = $T.builder($S, $S, $L)", RuntimeTypes.MARSHALLED_REQUEST.nestedClass("Builder"),
                RuntimeTypes.MARSHALLED_REQUEST, model.name(), model.http().method(), path);
        if (!model.hostPrefix().isEmpty()) {
            method.addStatement("http.hostPrefix($L)", bindings.hostPrefix(model.hostPrefix()));
        }
        if (rest) {
            CodeBlock.Builder code = CodeBlock.builder();
            bindings.headers(code);
            bindings.query(code);
            method.addCode(code.build());
        }
        List<MethodSpec> writeBody = body(method, operation, rest);
        if (model.httpChecksumRequired()) {
            method.addStatement("http.contentMd5()");
        }
        type.addMethod(method.addStatement("return http.build()").build());
        type.addMethods(writeBody);
    }

    /** The body: a payload member as it is, else the JSON of the body members (json: always an object). */
    private List<MethodSpec> body(MethodSpec.Builder method, OperationSpec operation, boolean rest) {
        StructureShape shape = operation.request().shape();
        List<MemberSpec> members = operation.request().members();
        Optional<MemberSpec> payload = rest ? shape.payload().flatMap(name -> members.stream()
                .filter(m -> m.member().name().equals(name)).findFirst()) : Optional.empty();
        String operationName = operation.operation().name();
        if (payload.isPresent()) {
            if (WireBindings.isSerialized(service.model(), payload.get().member())) {
                payload(method, payload.get(), operationName);
            }
            return List.of();
        }
        List<MemberSpec> inBody = members.stream().filter(m -> WireBindings.inBody(m.member(), rest)
                && WireBindings.isSerialized(service.model(), m.member())).toList();
        if (rest && inBody.isEmpty()) {
            return List.of();
        }
        if (rest) {
            method.addStatement("http.headerIfAbsent($S, $S)", "Content-Type", "application/json");
        }
        method.addStatement("http.body($T.toBytes($S, request, $T::writeBody))", RuntimeTypes.JSON_BODIES, operationName,
                client.codecOf(operation).className());
        CodeBlock.Builder code = CodeBlock.builder();
        List<MethodSpec> methods = new ArrayList<>();
        methods.addAll(writer.object(code, inBody, "request", operation.request().className(), "writeBody"));
        methods.add(0, MethodSpec.methodBuilder("writeBody").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(RuntimeTypes.JSON_GENERATOR, "g").addParameter(operation.request().className(), "request")
                .addException(IOException.class).addCode(code.build()).build());
        return methods;
    }

    private void payload(MethodSpec.Builder method, MemberSpec member, String operationName) {
        Shape target = member.target();
        String accessor = member.asStringName().orElse(member.getterName());
        boolean emptyObjectWhenAbsent = target instanceof StructureShape structure
                && structure.kind() != StructureShape.Kind.UNION;
        if (emptyObjectWhenAbsent) {
            method.addStatement("http.headerIfAbsent($S, $S)", "Content-Type", "application/json");
        }
        method.beginControlFlow("if (request.$N() != null)", accessor);
        if (target instanceof BlobShape) {
            method.addStatement("http.headerIfAbsent($S, $S)", "Content-Type", "application/octet-stream");
            method.addStatement("http.body(request.$N().asByteArray())", accessor);
        } else if (target instanceof StructureShape || target instanceof DocumentShape) {
            ClassName writer = target instanceof StructureShape structure
                    ? client.codecFor(structure.name()).orElseThrow().className() : RuntimeTypes.DOCUMENT_JSON;
            method.addStatement("http.headerIfAbsent($S, $S)", "Content-Type", "application/json");
            method.addStatement("http.body($T.toBytes($S, request.$N(), $T::write))", RuntimeTypes.JSON_BODIES,
                    operationName, accessor, writer);
        } else {
            method.addStatement("http.headerIfAbsent($S, $S)", "Content-Type", "text/plain");
            method.addStatement("http.body(request.$N().getBytes($T.UTF_8))", accessor, StandardCharsets.class);
        }
        if (emptyObjectWhenAbsent) {
            method.nextControlFlow("else");
            method.addStatement("http.body(new byte[] {'{', '}'})");
        }
        method.endControlFlow();
    }

    private void unmarshall(TypeSpec.Builder type, ClientSpec.OperationCodec codec) {
        OperationSpec operation = codec.operation();
        ClassName response = operation.response().className();
        ClassName builder = response.nestedClass("Builder");
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement("$T builder = $T.builder()", builder, response);
        List<MethodSpec> readBody = responses.read(codec.className(), code, operation.response().shape(),
                operation.response().members(), builder);
        code.addStatement("return builder.build()");
        type.addMethod(MethodSpec.methodBuilder("unmarshall").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(response).addParameter(RuntimeTypes.HTTP_RESPONSE, "response")
                .addException(IOException.class)
                .addJavadoc("@param response a 2xx response\n@return the output\n"
                        + "@throws IOException if the body is not the JSON expected\n")
                .addCode(code.build()).build());
        type.addMethods(readBody);
    }
}
