package io.shapegen.it.audit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.shapegen.generator.extension.ExtraFile;
import io.shapegen.generator.extension.GeneratedType;
import io.shapegen.generator.extension.GeneratorExtension;
import io.shapegen.generator.extension.ServiceInfo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Marks every model class with {@code @Audited(shape = "<shape name>")}, and adds two files: the {@code Audited}
 * annotation type itself (so the downstream project needs nothing but the runtime) and {@code ModelRegistry},
 * which lists every model class.
 */
public final class AuditExtension implements GeneratorExtension {
    /** Creates the extension; ServiceLoader calls this. */
    public AuditExtension() {
    }

    @Override
    public String id() {
        // Change the suffix whenever the output changes, so that projects regenerate.
        return "io.shapegen.it.audit:1";
    }

    @Override
    public void modelClass(GeneratedType type) {
        ClassName audited = ClassName.get(type.service().modelPackage(), "Audited");
        type.builder().addAnnotation(AnnotationSpec.builder(audited)
                .addMember("shape", "$S", type.shapeName().orElseThrow()).build());
    }

    @Override
    public List<ExtraFile> additionalFiles(ServiceInfo service) {
        return List.of(auditedAnnotation(service), modelRegistry(service));
    }

    private static ExtraFile auditedAnnotation(ServiceInfo service) {
        String text = "package " + service.modelPackage() + ";\n"
                + "\n"
                + "import java.lang.annotation.ElementType;\n"
                + "import java.lang.annotation.Retention;\n"
                + "import java.lang.annotation.RetentionPolicy;\n"
                + "import java.lang.annotation.Target;\n"
                + "\n"
                + "/** Marks a model class of " + service.serviceName() + " with the shape it was generated from. */\n"
                + "@Retention(RetentionPolicy.RUNTIME)\n"
                + "@Target(ElementType.TYPE)\n"
                + "public @interface Audited {\n"
                + "    /** @return the model shape's name */\n"
                + "    String shape();\n"
                + "}\n";
        return new ExtraFile(path(service.modelPackage(), "Audited"), text);
    }

    private static ExtraFile modelRegistry(ServiceInfo service) {
        String classes = service.modelClasses().stream()
                .map(name -> "                " + name.canonicalName() + ".class")
                .collect(Collectors.joining(",\n"));
        String text = "package " + service.basePackage() + ";\n"
                + "\n"
                + "import java.util.List;\n"
                + "\n"
                + "/** Every model class of " + service.serviceName() + ", as the audit extension saw them. */\n"
                + "public final class ModelRegistry {\n"
                + "    private ModelRegistry() {\n"
                + "    }\n"
                + "\n"
                + "    /** @return the model classes, sorted by name */\n"
                + "    public static List<Class<?>> modelClasses() {\n"
                + "        return List.of(\n" + classes + ");\n"
                + "    }\n"
                + "}\n";
        return new ExtraFile(path(service.basePackage(), "ModelRegistry"), text);
    }

    private static String path(String packageName, String simpleName) {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }
}
