package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the service's protocol class, shared by its clients: the metadata the runtime needs, the modeled
 * throttling errors, and the mapping of error codes to modeled exceptions.
 */
final class ServiceProtocolEmitter {
    private final ServiceSpec service;
    private final ClientSpec client;

    ServiceProtocolEmitter(ServiceSpec service, ClientSpec client) {
        this.service = service;
        this.client = client;
    }

    JavaFile emit() {
        ClientSpec.Wire wire = client.wire();
        TypeSpec.Builder type = TypeSpec.classBuilder(client.protocol()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("What the clients of $L share about its $L protocol. Not an API.\n",
                        ServiceExceptionEmitter.MemberDocsText.serviceTitle(service), wire.protocol())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(RuntimeTypes.SERVICE_INFO, "SERVICE", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The service as the runtime sees it.\n")
                .initializer("new $T($S, $S, $S, $S, $S, $S)", RuntimeTypes.SERVICE_INFO, wire.serviceId(),
                        wire.signingName(), wire.endpointPrefix(), wire.protocol(), wire.jsonVersion(), wire.targetPrefix())
                .build());
        CodeBlock codes = client.throttlingErrorCodes().stream().map(code -> CodeBlock.of("$S", code))
                .collect(CodeBlock.joining(", "));
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "THROTTLING_ERROR_CODES",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The modeled errors that mean \"slow down\", retried like the standard throttling errors.\n")
                .initializer("$T.of($L)", Set.class, codes).build());
        type.addMethod(mapError());
        return JavaFiles.of(service, client.protocol().packageName(), type);
    }

    private MethodSpec mapError() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("mapError").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.AWS_SERVICE_EXCEPTION)
                .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details")
                .addParameter(RuntimeTypes.HTTP_RESPONSE, "response")
                .addException(IOException.class)
                .addJavadoc("@param details the status, error code, message and request id of an error response\n"
                        + "@param response the response\n"
                        + "@return the modeled exception whose name or code is the error code, else {@link $T}\n"
                        + "@throws IOException if the body is not the JSON expected\n", service.serviceException());
        ClassName base = service.serviceException();
        if (client.errors().isEmpty()) {
            return method.addStatement("return new $T(details)", base).build();
        }
        CodeBlock.Builder cases = CodeBlock.builder();
        Set<String> used = new HashSet<>();
        for (ClientSpec.ErrorReader reader : client.errors()) {
            CodeBlock labels = reader.codes().stream().filter(used::add).map(code -> CodeBlock.of("$S", code))
                    .collect(CodeBlock.joining(", "));
            if (!labels.isEmpty()) {
                cases.addStatement("case $L -> $T.unmarshall(details, response)", labels, reader.className());
            }
        }
        cases.addStatement("default -> new $T(details)", base);
        return method.addCode("return switch (details.errorCode()) {\n$>$L$<};\n", cases.build()).build();
    }
}
