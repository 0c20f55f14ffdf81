package io.shapegen.generator.java;

import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;

/**
 * Marks a model type deprecated when its shape is, and lets it use deprecated types and members without
 * warnings (generated code must compile with -Xlint:all -Werror). Whether the service has any deprecated shape
 * is decided once per service, not once per class.
 */
final class DeprecationMarks {
    private final boolean anyDeprecatedShape;

    DeprecationMarks(ServiceSpec service) {
        this.anyDeprecatedShape = service.model().shapes().values().stream().anyMatch(s -> s.traits().deprecated());
    }

    void apply(TypeSpec.Builder type, StructureSpec structure) {
        if (structure.shape().traits().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (anyDeprecatedShape || structure.members().stream().anyMatch(m -> m.member().traits().deprecated())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
    }
}
