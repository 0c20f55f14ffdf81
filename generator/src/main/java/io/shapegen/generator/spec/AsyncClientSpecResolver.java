package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.generator.naming.NameScope;
import java.util.Optional;

/** Names the async client's classes, beside the sync client's in the client package. */
final class AsyncClientSpecResolver {
    private AsyncClientSpecResolver() {
    }

    /**
     * @param async whether the flavour asks for an async client
     * @param serviceName the service's base name, for example {@code ChimeSdkIdentity}
     * @param clientInterface the sync client interface
     * @param client the sync client's implementation, when the runtime speaks the protocol
     * @return the async client, or empty when not asked for or the protocol has no client implementation
     */
    static Optional<AsyncClientSpec> resolve(boolean async, String serviceName, ClassName clientInterface,
            Optional<ClientSpec> client) {
        if (!async || client.isEmpty()) {
            return Optional.empty();
        }
        NameScope classes = NameScope.caseInsensitive().reserve(clientInterface.simpleName())
                .reserve(client.get().builder().simpleName()).reserve(client.get().implementation().simpleName());
        String packageName = clientInterface.packageName();
        return Optional.of(new AsyncClientSpec(
                ClassName.get(packageName, classes.claim(serviceName + "AsyncClient")),
                ClassName.get(packageName, classes.claim(serviceName + "AsyncClientBuilder")),
                ClassName.get(packageName, classes.claim("Default" + serviceName + "AsyncClient"))));
    }
}
