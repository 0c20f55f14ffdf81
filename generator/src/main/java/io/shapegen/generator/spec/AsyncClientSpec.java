package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;

/**
 * The async client of a service whose protocol the runtime speaks, when the flavour asks for one: every operation
 * returning a {@code CompletableFuture}, over the same per-operation wire code as the sync client.
 *
 * @param asyncInterface the public interface, for example {@code ChimeSdkIdentityAsyncClient}
 * @param builder its public builder, for example {@code ChimeSdkIdentityAsyncClientBuilder}
 * @param implementation the package-private implementation, for example {@code DefaultChimeSdkIdentityAsyncClient}
 */
public record AsyncClientSpec(ClassName asyncInterface, ClassName builder, ClassName implementation) {
}
