package io.shapegen.generator.extension;

import java.util.List;

/**
 * Adds to what Shapegen generates, without forking it. Implementations are found with {@link java.util.ServiceLoader}
 * on the plugin's class path (add the jar to the plugin's {@code <dependencies>} and list the class in
 * {@code META-INF/services/io.shapegen.generator.extension.GeneratorExtension}).
 *
 * <p>Every method has a default that does nothing, so an extension overrides only what it needs. Each generated
 * type is offered once, as a JavaPoet {@link com.palantir.javapoet.TypeSpec.Builder} the extension may add methods,
 * fields, annotations, interfaces and nested types to. Extensions run in the order of their {@link #id()}, after
 * every built-in emitter. They must be deterministic: the same input must give the same output.
 *
 * <p>This interface is the stable API: methods are only ever added, with defaults.
 */
public interface GeneratorExtension {
    /**
     * A stable identity, recorded in the incremental-build digest: change it (for example by a version suffix)
     * whenever the extension's output changes, so that projects regenerate.
     *
     * @return for example {@code com.example.audit:1}
     */
    String id();

    /**
     * Called for every model class or record (requests and responses included).
     *
     * @param type the class, its structure and its service
     */
    default void modelClass(GeneratedType type) {
    }

    /**
     * Called for every modeled exception and the service's base exception.
     *
     * @param type the exception class
     */
    default void exceptionClass(GeneratedType type) {
    }

    /**
     * Called for every enum.
     *
     * @param type the enum
     */
    default void enumType(GeneratedType type) {
    }

    /**
     * Called for the client interfaces (sync, and async when generated).
     *
     * @param type the interface
     */
    default void clientInterface(GeneratedType type) {
    }

    /**
     * Whole files to add, for example a registry of every model class. Paths are relative to the source root
     * and may not leave it.
     *
     * @param service the service being generated
     * @return the files, empty by default
     */
    default List<ExtraFile> additionalFiles(ServiceInfo service) {
        return List.of();
    }
}
