package io.shapegen.generator.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ServiceSpec;

/** Wraps emitted types into files the same way everywhere: indentation, java.lang qualification. */
final class JavaFiles {
    private JavaFiles() {
    }

    /**
     * @param service the service (for the names that must be qualified)
     * @param packageName the file's package
     * @param type the top-level type, still a builder
     * @return the file
     */
    static JavaFile of(ServiceSpec service, String packageName, TypeSpec.Builder type) {
        type.alwaysQualify(service.qualifiedNames().stream().sorted().toArray(String[]::new));
        return JavaFile.builder(packageName, type.build()).indent("    ").skipJavaLangImports(true).build();
    }
}
