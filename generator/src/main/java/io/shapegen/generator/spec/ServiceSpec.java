package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.model.ServiceModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service resolved for Java once: every class, method and type name, every doc text. Emitters only
 * read it; none invents a name.
 *
 * @param model the validated model
 * @param serviceName the base name, for example {@code ChimeSdkIdentity}
 * @param basePackage the client package
 * @param modelPackage the package of model classes, enums and exceptions
 * @param clientInterface the sync client interface
 * @param serviceException the service's base exception
 * @param structures every model class (requests and responses included), sorted by class name
 * @param enums every enum, sorted by class name
 * @param exceptions every modeled exception, sorted by class name
 * @param operations every operation, sorted by name
 * @param qualifiedNames simple names that must always be written qualified in the model package, because
 *     a generated class of that name hides a {@code java.lang} type
 * @param byShapeName the Java type of every shape that has one (structures, enums, exceptions), by shape name
 * @param docsFolder the folder name of the service's docs pages, for example {@code chime-sdk-identity}
 * @param client the client implementation and its wire code; empty when the runtime does not speak the service's
 *     protocol (only rest-json and json are spoken), in which case only the model and the interface are generated
 * @param flavour the generation choices this spec was resolved with
 * @param paginators every paginated operation, in operation order (from the paginators file, or inferred)
 * @param asyncClient the async client; empty when the flavour turns it off or there is no client implementation
 * @param leftOut one sentence per paginator (or paginator result key) of the paginators file that was not
 *     generated: where it is, why, and what to do instead
 */
public record ServiceSpec(ServiceModel model, String serviceName, String basePackage, String modelPackage,
        ClassName clientInterface, ClassName serviceException, List<StructureSpec> structures, List<EnumSpec> enums,
        List<ExceptionSpec> exceptions, List<OperationSpec> operations, Set<String> qualifiedNames,
        Map<String, ClassName> byShapeName, String docsFolder, Optional<ClientSpec> client, Flavour flavour,
        List<PaginatorSpec> paginators, Optional<AsyncClientSpec> asyncClient, List<String> leftOut) {

    /** Copies the collections. */
    public ServiceSpec {
        structures = List.copyOf(structures);
        enums = List.copyOf(enums);
        exceptions = List.copyOf(exceptions);
        operations = List.copyOf(operations);
        qualifiedNames = Set.copyOf(qualifiedNames);
        byShapeName = Collections.unmodifiableMap(new LinkedHashMap<>(byShapeName));
        java.util.Objects.requireNonNull(client, "client");
        paginators = List.copyOf(paginators);
        java.util.Objects.requireNonNull(asyncClient, "asyncClient");
        leftOut = List.copyOf(leftOut);
    }

    /** @param operation an operation @return its paginator, if it pages */
    public Optional<PaginatorSpec> paginatorOf(OperationSpec operation) {
        String name = operation.operation().name();
        return paginators.stream().filter(p -> p.operation().operation().name().equals(name)).findFirst();
    }

    /** @param shapeName a shape name @return the enum generated for it, if any */
    public Optional<EnumSpec> enumFor(String shapeName) {
        return enums.stream().filter(e -> e.shape().name().equals(shapeName)).findFirst();
    }

    /** A record's canonical constructor takes one parameter per component, and the JVM allows 255 slots. */
    public static final int MAX_RECORD_COMPONENTS = 254;

    /**
     * @param structure a model class of this service
     * @return whether it is written as a Java record: in the records flavour, unless it has more members than a
     *     record can hold (it is then written as a class with the same API)
     */
    public boolean writtenAsRecord(StructureSpec structure) {
        return flavour.modelStyle() == io.shapegen.generator.flavour.ModelStyle.RECORDS
                && structure.members().size() <= MAX_RECORD_COMPONENTS;
    }
}
