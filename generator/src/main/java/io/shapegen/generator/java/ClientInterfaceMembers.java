package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ServiceSpec;
import javax.lang.model.element.Modifier;

/** The members the sync and the async client interface share: the service name, the factories and close(). */
final class ClientInterfaceMembers {
    private ClientInterfaceMembers() {
    }

    /** Adds {@code SERVICE_NAME}, the service's endpoint prefix. */
    static void addServiceName(TypeSpec.Builder type, ServiceSpec service) {
        type.addField(FieldSpec.builder(String.class, "SERVICE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The service's endpoint prefix.\n")
                .initializer("$S", service.model().metadata().endpointPrefix()).build());
    }

    /** Adds the static {@code builder()} and {@code create()} of a client interface {@code self}. */
    static void addFactories(TypeSpec.Builder type, ClassName self, ClassName builder) {
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("@return a builder for a client; every setting is optional\n")
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("@return a client with the default settings: region and credentials from the"
                        + " environment\n@throws $T if no region is configured anywhere\n",
                        RuntimeTypes.SDK_CLIENT_EXCEPTION)
                .addStatement("return builder().build()").build());
    }

    /** Adds the abstract {@code close()}, with what it releases. */
    static void addClose(TypeSpec.Builder type, String releases) {
        type.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Releases the client's " + releases + ". Calls after {@code close()} fail.\n").build());
    }
}
