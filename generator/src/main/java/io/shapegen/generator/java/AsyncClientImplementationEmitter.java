package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.AsyncClientSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits the package-private async client: each method hands the same {@code internal.<Operation>Operation}
 * marshaller and unmarshaller the sync client uses, and the service's error mapping, to the runtime's
 * {@code AsyncClientHandler}. No protocol code of its own.
 */
final class AsyncClientImplementationEmitter {
    private final ServiceSpec service;
    private final ClientSpec client;
    private final AsyncClientSpec async;

    AsyncClientImplementationEmitter(ServiceSpec service, ClientSpec client, AsyncClientSpec async) {
        this.service = service;
        this.client = client;
        this.async = async;
    }

    JavaFile emit() {
        ClassName self = async.implementation();
        boolean tokens = client.operations().stream().anyMatch(ClientSpec.OperationCodec::takesIdempotencyTokens);
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL)
                .addSuperinterface(async.asyncInterface())
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("The {@link $T} that {@link $T} builds. Thread-safe.\n", async.asyncInterface(), async.builder());
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        type.addField(FieldSpec.builder(RuntimeTypes.ASYNC_CLIENT_HANDLER, "handler", Modifier.PRIVATE,
                Modifier.FINAL).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(RuntimeTypes.ASYNC_CLIENT_CONFIGURATION, "configuration")
                .addStatement("this.handler = new $T($T.SERVICE, configuration)", RuntimeTypes.ASYNC_CLIENT_HANDLER,
                        client.protocol());
        if (tokens) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(Supplier.class, String.class), "idempotencyTokens",
                    Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addStatement("this.idempotencyTokens = configuration.shared().idempotencyTokenSupplier()");
        }
        type.addMethod(constructor.build());
        for (OperationSpec operation : service.operations()) {
            ClientSpec.OperationCodec codec = client.codecOf(operation);
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName()).addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class),
                            operation.response().className()))
                    .addParameter(operation.request().className(), "request");
            if (operation.operation().deprecated()) {
                method.addAnnotation(Deprecated.class);
            }
            method.addStatement("return handler.execute(() -> $T.marshall(request$L),$W$T::unmarshall,$W$T::mapError,"
                    + "$W$T.THROTTLING_ERROR_CODES)", codec.className(),
                    codec.takesIdempotencyTokens() ? ", idempotencyTokens" : "", codec.className(), client.protocol(),
                    client.protocol());
            type.addMethod(method.build());
        }
        type.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addStatement("handler.close()").build());
        return JavaFiles.of(service, self.packageName(), type);
    }
}
