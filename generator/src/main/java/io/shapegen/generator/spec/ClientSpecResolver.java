package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.generator.naming.JavaIdentifiers;
import io.shapegen.generator.naming.NameScope;
import io.shapegen.model.ServiceMetadata;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the {@link ClientSpec}: the client's class names, the internal wire classes (allocated in a fixed
 * order: the service's protocol class, operations by name, exception readers and JSON codecs by class name),
 * and which structures need a JSON reader or writer.
 */
final class ClientSpecResolver {
    /** Runtime and JDK types the internal classes refer to by simple name; no generated class may take one. */
    private static final List<String> RUNTIME_NAMES = List.of("AwsErrorDetails", "AwsServiceException", "Base64Text",
            "Document", "DocumentJson", "FloatValues", "Generated", "HeaderValues", "HttpResponse", "IOException",
            "JsonBodies", "JsonGenerator", "JsonParser", "JsonToken", "JsonValues", "MarshalledRequest", "SdkBytes",
            "ServiceInfo", "Set", "StandardCharsets", "Supplier", "TimestampFormat", "UriLabels", "List", "Map",
            "ArrayList", "LinkedHashMap", "BigDecimal", "BigInteger", "Instant");

    private final ServiceModel model;
    private final String basePackage;
    private final String serviceName;

    private ClientSpecResolver(ServiceModel model, String basePackage, String serviceName) {
        this.model = model;
        this.basePackage = basePackage;
        this.serviceName = serviceName;
    }

    /**
     * @param model the model
     * @param basePackage the client package
     * @param serviceName the service's base name, for example {@code ChimeSdkIdentity}
     * @param structures every model class
     * @param exceptions every modeled exception, sorted by class name
     * @param operations every operation, sorted by name
     * @return the client spec, or empty when the runtime does not speak the service's protocol
     */
    static Optional<ClientSpec> resolve(ServiceModel model, String basePackage, String serviceName,
            List<StructureSpec> structures, List<ExceptionSpec> exceptions, List<OperationSpec> operations) {
        if (!ClientSpec.SUPPORTED_PROTOCOLS.contains(model.metadata().protocol())) {
            return Optional.empty();
        }
        return Optional.of(new ClientSpecResolver(model, basePackage, serviceName)
                .resolve(structures, exceptions, operations));
    }

    private ClientSpec resolve(List<StructureSpec> structures, List<ExceptionSpec> exceptions,
            List<OperationSpec> operations) {
        ClientSpec.Wire wire = wire(model.metadata());
        String internal = basePackage + ".internal";
        NameScope classes = NameScope.caseInsensitive();
        RUNTIME_NAMES.forEach(classes::reserve);
        ClassName protocol = ClassName.get(internal, classes.claim(serviceName + "Protocol"));

        List<ClientSpec.OperationCodec> operationCodecs = new ArrayList<>();
        for (OperationSpec operation : operations) {
            String simple = JavaIdentifiers.typeName(operation.operation().name(), "Operation") + "Operation";
            ClassName className = ClassName.get(internal, classes.claim(simple));
            boolean tokens = operation.request().shape().members().stream()
                    .anyMatch(m -> m.traits().idempotencyToken());
            operationCodecs.add(new ClientSpec.OperationCodec(operation, className, tokens));
        }

        List<ClientSpec.ErrorReader> errors = new ArrayList<>();
        List<String> throttling = new ArrayList<>();
        for (ExceptionSpec exception : exceptions) {
            ClassName className = ClassName.get(internal,
                    classes.claim(exception.className().simpleName() + "Unmarshaller"));
            Set<String> codes = new LinkedHashSet<>(List.of(exception.shape().name(), exception.errorCode()));
            errors.add(new ClientSpec.ErrorReader(exception, className, List.copyOf(codes)));
            boolean tooManyRequests = exception.shape().error().flatMap(e -> e.httpStatusCode())
                    .filter(status -> status == 429).isPresent();
            if (tooManyRequests) {
                throttling.add(exception.errorCode());
            }
        }

        Set<String> writes = new TreeSet<>();
        Set<String> reads = new TreeSet<>();
        for (OperationSpec operation : operations) {
            topLevel(operation.request().shape(), wire.isRest(), writes);
            topLevel(operation.response().shape(), wire.isRest(), reads);
        }
        for (ExceptionSpec exception : exceptions) {
            topLevel(exception.shape(), wire.isRest(), reads);
        }
        List<StructureSpec> coded = structures.stream()
                .filter(s -> writes.contains(s.shape().name()) || reads.contains(s.shape().name()))
                .sorted(Comparator.comparing(s -> s.className().simpleName()))
                .toList();
        List<ClientSpec.JsonCodec> codecs = new ArrayList<>();
        for (StructureSpec structure : coded) {
            String shape = structure.shape().name();
            codecs.add(new ClientSpec.JsonCodec(structure,
                    ClassName.get(internal, classes.claim(structure.className().simpleName() + "Json")),
                    writes.contains(shape), reads.contains(shape)));
        }
        return new ClientSpec(ClassName.get(basePackage, serviceName + "ClientBuilder"),
                ClassName.get(basePackage, "Default" + serviceName + "Client"), protocol, wire, operationCodecs,
                errors, codecs, throttling.stream().sorted().distinct().toList());
    }

    /** Marks the structures nested in the body of a top-level structure (its JSON members' targets). */
    private void topLevel(StructureShape shape, boolean rest, Set<String> marked) {
        for (Member member : shape.members()) {
            if (WireBindings.inBody(member, rest) && WireBindings.isSerialized(model, member)) {
                nested(member.target(), marked);
            }
        }
    }

    private void nested(String shapeName, Set<String> marked) {
        List<String> pending = new ArrayList<>(List.of(shapeName));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            Shape shape = model.shape(name);
            if (shape instanceof StructureShape structure) {
                if (marked.add(name)) {
                    structure.members().stream().filter(m -> WireBindings.isSerialized(model, m))
                            .forEach(m -> pending.add(m.target()));
                }
            } else if (shape instanceof ListShape list) {
                pending.add(list.member().target());
            } else if (shape instanceof MapShape map) {
                pending.add(map.value().target());
            }
        }
    }

    /** Fills in what a model may leave out: suites of the protocol tests have no endpoint prefix. */
    private ClientSpec.Wire wire(ServiceMetadata metadata) {
        String serviceId = metadata.serviceId().isEmpty() ? serviceName : metadata.serviceId();
        String endpointPrefix = !metadata.endpointPrefix().isEmpty() ? metadata.endpointPrefix()
                : serviceName.toLowerCase(Locale.ROOT);
        String signingName = !metadata.signingName().isEmpty() ? metadata.signingName() : endpointPrefix;
        String jsonVersion = metadata.protocol().equals("json") && metadata.jsonVersion().isEmpty()
                ? "1.0" : metadata.jsonVersion();
        return new ClientSpec.Wire(metadata.protocol(), jsonVersion, metadata.targetPrefix(), signingName,
                endpointPrefix, serviceId);
    }
}
