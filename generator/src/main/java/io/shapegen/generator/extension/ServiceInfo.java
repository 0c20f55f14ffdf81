package io.shapegen.generator.extension;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What extensions may know of the service being generated.
 *
 * @param serviceId the model's service id, for example {@code Chime SDK Identity}
 * @param serviceName the Java base name, for example {@code ChimeSdkIdentity}
 * @param basePackage the client package
 * @param modelPackage the package of model classes, enums and exceptions
 * @param modelClasses every model class, sorted by name
 * @param operations every operation's name, sorted
 */
public record ServiceInfo(String serviceId, String serviceName, String basePackage, String modelPackage,
        List<ClassName> modelClasses, List<String> operations) {
    /** Copies the lists. */
    public ServiceInfo {
        modelClasses = List.copyOf(modelClasses);
        operations = List.copyOf(operations);
    }
}
