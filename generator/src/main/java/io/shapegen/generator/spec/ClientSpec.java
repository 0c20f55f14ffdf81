package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * The client implementation and the wire-protocol code behind it, for a service whose protocol the runtime
 * speaks (rest-json, json). Every class name they need is decided here; the per-operation and per-structure
 * code lives in the internal package, apart from the sync client, so an async client can reuse it.
 *
 * @param builder the public builder, for example {@code ChimeSdkIdentityClientBuilder}
 * @param implementation the package-private sync client, for example {@code DefaultChimeSdkIdentityClient}
 * @param protocol the service's internal protocol class: its metadata, throttling codes and error mapping
 * @param wire what the runtime needs to know about the service
 * @param operations the wire code of every operation, in operation order
 * @param errors the reader of every modeled exception, sorted by class name
 * @param codecs the JSON codec of every structure nested in a request or response body, sorted by class name
 * @param throttlingErrorCodes the codes of modeled errors that mean "slow down" (HTTP 429), sorted
 */
public record ClientSpec(ClassName builder, ClassName implementation, ClassName protocol, Wire wire,
        List<OperationCodec> operations, List<ErrorReader> errors, List<JsonCodec> codecs,
        List<String> throttlingErrorCodes) {

    /** The wire protocols the runtime speaks. */
    public static final List<String> SUPPORTED_PROTOCOLS = List.of("rest-json", "json");

    /** Copies the lists. */
    public ClientSpec {
        operations = List.copyOf(operations);
        errors = List.copyOf(errors);
        codecs = List.copyOf(codecs);
        throttlingErrorCodes = List.copyOf(throttlingErrorCodes);
    }

    /**
     * What the runtime's {@code ServiceInfo} says about the service; absent model values are filled in.
     *
     * @param protocol {@code rest-json} or {@code json}
     * @param jsonVersion the awsJson version ({@code 1.0} or {@code 1.1}); may be empty for rest-json
     * @param targetPrefix the {@code X-Amz-Target} prefix of the json protocol; may be empty
     * @param signingName the SigV4 service name
     * @param endpointPrefix the first label of the endpoint host
     * @param serviceId the service id used in messages
     */
    public record Wire(String protocol, String jsonVersion, String targetPrefix, String signingName,
            String endpointPrefix, String serviceId) {
        /** @return whether members are bound to the URI, query string and headers (rest-json) */
        public boolean isRest() {
            return protocol.equals("rest-json");
        }
    }

    /**
     * The wire code of one operation: {@code marshall} (request to HTTP parts) and {@code unmarshall}
     * (response to output).
     *
     * @param operation the operation
     * @param className its class in the internal package, for example {@code CreateAppInstanceOperation}
     * @param takesIdempotencyTokens whether {@code marshall} takes a token source, for an idempotency token member
     */
    public record OperationCodec(OperationSpec operation, ClassName className, boolean takesIdempotencyTokens) {
    }

    /**
     * Builds one modeled exception from an error response.
     *
     * @param exception the exception
     * @param className its reader in the internal package, for example {@code NotFoundExceptionUnmarshaller}
     * @param codes the error codes on the wire that mean this exception: its shape name and its {@code error.code}
     */
    public record ErrorReader(ExceptionSpec exception, ClassName className, List<String> codes) {
        /** Copies the codes. */
        public ErrorReader {
            codes = List.copyOf(codes);
        }
    }

    /**
     * Reads and writes one structure as a JSON object nested in a body.
     *
     * @param structure the structure
     * @param className the codec in the internal package, for example {@code TagJson}
     * @param writes whether some request body holds it (a {@code write} method is needed)
     * @param reads whether some response or error body holds it (a {@code read} method is needed)
     */
    public record JsonCodec(StructureSpec structure, ClassName className, boolean writes, boolean reads) {
    }

    /** @param shapeName a structure's shape name @return its JSON codec, if it has one */
    public Optional<JsonCodec> codecFor(String shapeName) {
        return codecs.stream().filter(codec -> codec.structure().shape().name().equals(shapeName)).findFirst();
    }

    /** @param operation an operation @return its wire code */
    public OperationCodec codecOf(OperationSpec operation) {
        String name = operation.operation().name();
        return operations.stream().filter(codec -> codec.operation().operation().name().equals(name)).findFirst()
                .orElseThrow();
    }
}
