package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * The service, available to every template as {@code $service}.
 *
 * @param name the base name of the Java types, for example {@code ChimeSdkIdentity}
 * @param fullName the marketing name (Markdown), for example {@code Amazon Chime SDK Identity}
 * @param serviceId the stable service id (Markdown)
 * @param apiVersion the API version (Markdown)
 * @param protocol the wire protocol (Markdown)
 * @param slug the folder-style name, for example {@code chime-sdk-identity}
 * @param summary the first sentence of the service documentation (Markdown)
 * @param documentation the service documentation (Markdown)
 * @param apiReferenceUrl the AWS API reference, {@code ""} when the model has no uid
 * @param basePackage the package of the clients
 * @param modelPackage the package of model classes, enums and exceptions
 * @param paginatorsPackage the package of the paginator results
 * @param clientName the sync client interface, for example {@code ChimeSdkIdentityClient}
 * @param asyncClientName the async client interface
 * @param baseException the service's base exception (links to exceptions.md)
 * @param pluginXml the Maven plugin declaration that generates this SDK
 * @param dependencyXml the runtime dependency the generated code needs
 * @param clientUsage building a client
 * @param exceptionsUsage catching the service's exceptions
 * @param pages every page but the operation pages, in reading order
 * @param operations every operation, sorted by name
 * @param paginators every paginator, sorted by method name
 * @param exceptions every modeled exception, sorted by name (the base exception is {@code baseException})
 * @param models every model class, sorted by name
 * @param enums every enum, sorted by name
 */
public record ServiceView(String name, String fullName, String serviceId, String apiVersion, String protocol,
        String slug, String summary, String documentation, String apiReferenceUrl, String basePackage,
        String modelPackage, String paginatorsPackage, String clientName, String asyncClientName, RefView baseException,
        CodeView pluginXml, CodeView dependencyXml, CodeView clientUsage, CodeView exceptionsUsage, List<RefView> pages,
        List<OperationView> operations, List<PaginatorView> paginators, List<ExceptionView> exceptions,
        List<ModelView> models, List<EnumView> enums) {
    /** Copies the lists. */
    public ServiceView {
        pages = List.copyOf(pages);
        operations = List.copyOf(operations);
        paginators = List.copyOf(paginators);
        exceptions = List.copyOf(exceptions);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
    }
}
