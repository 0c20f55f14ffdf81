package io.shapegen.generator.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The runtime and JDK types generated code refers to, named once. */
final class RuntimeTypes {
    static final String RUNTIME_PACKAGE = "io.shapegen.runtime";
    static final ClassName TO_STRING = ClassName.get(RUNTIME_PACKAGE, "ToString");
    static final ClassName AWS_SERVICE_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "AwsServiceException");
    static final ClassName SDK_CLIENT_EXCEPTION = ClassName.get(RUNTIME_PACKAGE, "SdkClientException");
    static final ClassName AWS_ERROR_DETAILS = ClassName.get(RUNTIME_PACKAGE, "AwsErrorDetails");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /** {@code @Generated("io.shapegen")}, with no date so output is reproducible. */
    static final AnnotationSpec GENERATED_ANNOTATION = AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", "io.shapegen").build();

    static final AnnotationSpec SUPPRESS_DEPRECATION = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation").build();

    private RuntimeTypes() {
    }
}
