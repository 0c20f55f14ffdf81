package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/** Emits the public client builder: every setting of the runtime's {@code ClientConfiguration}, then {@code build()}. */
final class ClientBuilderEmitter {
    /** One setting: its name, type and documentation. */
    private record Setting(String name, TypeName type, String doc) {
    }

    private static final Setting[] SETTINGS = {
        new Setting("region", RuntimeTypes.REGION, "the region to call and sign for; else {@code aws.region},"
                + "\n    {@code AWS_REGION} or the profile's region"),
        new Setting("credentialsProvider", RuntimeTypes.CREDENTIALS_PROVIDER, "where credentials come from; else the"
                + "\n    default chain (environment, system properties, profile)"),
        new Setting("endpointOverride", ClassName.get(URI.class), "the endpoint to call instead of the region's, for"
                + " example a local emulator"),
        new Setting("httpTransport", RuntimeTypes.HTTP_TRANSPORT, "the transport to send with; you keep ownership and"
                + "\n    close it (else a socket transport is created and closed with the client)"),
        new Setting("connectTimeout", ClassName.get(Duration.class), "the connect timeout of the default transport"
                + " (default 2 s)"),
        new Setting("callTimeout", ClassName.get(Duration.class), "the longest wait for the service's next bytes, default"
                + "\n    transport (default 30 s)"),
        new Setting("retryPolicy", RuntimeTypes.RETRY_POLICY, "how failures are retried: attempts and backoff (default"
                + "\n    {@code RetryPolicy.standard()}: 3 attempts; {@code RetryPolicy.none()} never retries)"),
        new Setting("idempotencyTokenSupplier", ParameterizedTypeName.get(Supplier.class, String.class), "the source of"
                + "\n    idempotency tokens the request leaves out (default random UUIDs)"),
        new Setting("clock", ClassName.get(Clock.class), "the clock that dates signatures (default the UTC system"
                + " clock)"),
        new Setting("environment", RuntimeTypes.ENVIRONMENT, "where region and credentials are looked up when not"
                + "\n    given (default the real environment)"),
    };

    private final ServiceSpec service;
    private final ClientSpec client;

    ClientBuilderEmitter(ServiceSpec service, ClientSpec client) {
        this.service = service;
        this.client = client;
    }

    JavaFile emit() {
        ClassName self = client.builder();
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("Configures and builds a {@link $T}; start with {@link $T#builder()}.\n"
                        + "Every setting is optional. Not thread-safe.\n", service.clientInterface(), service.clientInterface());
        ClassName configurationBuilder = RuntimeTypes.CLIENT_CONFIGURATION.nestedClass("Builder");
        type.addField(FieldSpec.builder(configurationBuilder, "configuration", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder()", RuntimeTypes.CLIENT_CONFIGURATION).build());
        type.addMethod(MethodSpec.constructorBuilder().build());
        for (Setting setting : SETTINGS) {
            type.addMethod(MethodSpec.methodBuilder(setting.name()).addModifiers(Modifier.PUBLIC).returns(self)
                    .addParameter(setting.type(), setting.name())
                    .addJavadoc("@param $N $L\n@return this builder\n", setting.name(), setting.doc())
                    .addStatement("configuration.$N($N)", setting.name(), setting.name())
                    .addStatement("return this").build());
        }
        type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(service.clientInterface())
                .addJavadoc("@return a client with these settings; close it to release its connections\n"
                        + "@throws $T if no region is configured anywhere\n"
                        + "@throws IllegalArgumentException if a setting is invalid (for example timeouts together with"
                        + " an httpTransport)\n", RuntimeTypes.SDK_CLIENT_EXCEPTION)
                .addStatement("return new $T(configuration.build())", client.implementation()).build());
        return JavaFiles.of(service, self.packageName(), type);
    }
}
