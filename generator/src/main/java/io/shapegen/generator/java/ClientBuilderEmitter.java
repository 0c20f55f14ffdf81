package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.AsyncClientSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Emits a public client builder: every setting of the runtime's {@code ClientConfiguration} (for the async client,
 * {@code AsyncClientConfiguration}), then {@code build()}.
 */
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

    /** The async client's settings: the sync ones with a non-blocking transport, and the executor. */
    private static final List<Setting> ASYNC_SETTINGS = asyncSettings();

    private final ServiceSpec service;
    private final ClassName self;
    private final ClassName clientInterface;
    private final ClassName implementation;
    private final ClassName configurationType;
    private final List<Setting> settings;

    ClientBuilderEmitter(ServiceSpec service, ClientSpec client) {
        this(service, client.builder(), service.clientInterface(), client.implementation(),
                RuntimeTypes.CLIENT_CONFIGURATION, List.of(SETTINGS));
    }

    private ClientBuilderEmitter(ServiceSpec service, ClassName self, ClassName clientInterface,
            ClassName implementation, ClassName configurationType, List<Setting> settings) {
        this.service = service;
        this.self = self;
        this.clientInterface = clientInterface;
        this.implementation = implementation;
        this.configurationType = configurationType;
        this.settings = settings;
    }

    /** @return the emitter of the async client's builder: the same settings, an async transport and an executor */
    static ClientBuilderEmitter forAsync(ServiceSpec service, AsyncClientSpec async) {
        return new ClientBuilderEmitter(service, async.builder(), async.asyncInterface(), async.implementation(),
                RuntimeTypes.ASYNC_CLIENT_CONFIGURATION, ASYNC_SETTINGS);
    }

    private static List<Setting> asyncSettings() {
        List<Setting> settings = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            settings.add(switch (setting.name()) {
                case "httpTransport" -> new Setting("httpTransport", RuntimeTypes.ASYNC_HTTP_TRANSPORT, "the"
                        + " transport to send with; you keep ownership and\n    close it (else a {@code java.net.http}"
                        + " transport is created for the client)");
                case "callTimeout" -> new Setting("callTimeout", ClassName.get(Duration.class), "the longest wait for"
                        + " the response, default transport\n    (default 30 s)");
                case "retryPolicy" -> new Setting("retryPolicy", RuntimeTypes.RETRY_POLICY, "how failures are retried"
                        + " (default {@code RetryPolicy.standard()});\n    retries are scheduled after their backoff, so"
                        + " the policy's sleeper is not used");
                default -> setting;
            });
        }
        settings.add(new Setting("executor", ClassName.get(Executor.class), "runs the default transport's callbacks,"
                + " the reading of\n    responses and the retries; you keep ownership (default: the transport's own"
                + " pool,\n    and the common fork-join pool for retries)"));
        return List.copyOf(settings);
    }

    JavaFile emit() {
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("Configures and builds a {@link $T}; start with {@link $T#builder()}.\n"
                        + "Every setting is optional. Not thread-safe.\n", clientInterface, clientInterface);
        ClassName configurationBuilder = configurationType.nestedClass("Builder");
        type.addField(FieldSpec.builder(configurationBuilder, "configuration", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("$T.builder()", configurationType).build());
        type.addMethod(MethodSpec.constructorBuilder().build());
        for (Setting setting : settings) {
            type.addMethod(MethodSpec.methodBuilder(setting.name()).addModifiers(Modifier.PUBLIC).returns(self)
                    .addParameter(setting.type(), setting.name())
                    .addJavadoc("@param $N $L\n@return this builder\n", setting.name(), setting.doc())
                    .addStatement("configuration.$N($N)", setting.name(), setting.name())
                    .addStatement("return this").build());
        }
        type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(clientInterface)
                .addJavadoc("@return a client with these settings; close it to release its connections\n"
                        + "@throws $T if no region is configured anywhere\n"
                        + "@throws IllegalArgumentException if a setting is invalid (for example timeouts together with"
                        + " an httpTransport)\n", RuntimeTypes.SDK_CLIENT_EXCEPTION)
                .addStatement("return new $T(configuration.build())", implementation).build());
        return JavaFiles.of(service, self.packageName(), type);
    }
}
