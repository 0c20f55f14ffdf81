package io.shapegen.generator.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.flavour.NullabilityAnnotations;
import io.shapegen.generator.spec.ServiceSpec;

/**
 * Which values may be absent, said with JSpecify when the flavour asks for it: packages are
 * {@code @NullMarked}, and fields, accessors and setter parameters of members that may be absent are
 * {@code @Nullable}. Without the flavour option every method returns its type unchanged.
 */
final class Nullness {
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

    private final boolean enabled;

    private Nullness(boolean enabled) {
        this.enabled = enabled;
    }

    static Nullness of(ServiceSpec service) {
        return new Nullness(service.flavour().nullabilityAnnotations() == NullabilityAnnotations.JSPECIFY);
    }

    boolean enabled() {
        return enabled;
    }

    /** @return the type, annotated {@code @Nullable} when annotations are on */
    TypeName nullable(TypeName type) {
        return enabled ? type.annotated(AnnotationSpec.builder(NULLABLE).build()) : type;
    }
}
