package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import io.shapegen.generator.extension.Extensions;
import io.shapegen.generator.extension.ExtraFile;
import io.shapegen.generator.extension.GeneratedType;
import io.shapegen.generator.extension.GeneratorExtension;
import io.shapegen.generator.extension.ServiceInfo;
import io.shapegen.generator.java.JavaSourceSet;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/** An extension adds an annotation and a method to every model class, and a file of its own. */
class ExtensionTest {

    /** Marks every model class with an annotation, a marker interface and a static method; adds a registry file. */
    static final class AuditExtension implements GeneratorExtension {
        @Override
        public String id() {
            return "test.audit:1";
        }

        @Override
        public void modelClass(GeneratedType type) {
            type.builder().addAnnotation(AnnotationSpec.builder(ClassName.get("java.beans", "JavaBean"))
                    .addMember("description", "$S", "audited").build());
            type.builder().addSuperinterface(java.util.RandomAccess.class);
            type.builder().addMethod(MethodSpec.methodBuilder("auditShape").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(String.class).addStatement("return $S", type.shapeName().orElseThrow()).build());
        }

        @Override
        public List<ExtraFile> additionalFiles(ServiceInfo service) {
            StringBuilder text = new StringBuilder("package " + service.basePackage() + ";\n\n"
                    + "/** Every model class of " + service.serviceName() + ". */\npublic final class ModelRegistry {\n"
                    + "    private ModelRegistry() {\n    }\n\n    /** @return the classes */\n"
                    + "    public static java.util.List<Class<?>> all() {\n        return java.util.List.of(");
            for (int i = 0; i < service.modelClasses().size(); i++) {
                ClassName name = service.modelClasses().get(i);
                text.append(i == 0 ? "" : ",\n                ").append(name.canonicalName()).append(".class");
            }
            text.append(");\n    }\n}\n");
            return List.of(new ExtraFile(service.basePackage().replace('.', '/') + "/ModelRegistry.java", text.toString()));
        }
    }

    @Test
    void extensionsAddToEveryModelClassAndAddFiles() {
        List<GeneratedFile> files = JavaSourceSet.render(ServiceSpecResolver.resolve(ModelLoader.loadService(
                ModelSource.read(GeneratedSources.resource("golden/weather/service-2.json"))), "com.example.weather"),
                Extensions.of(List.of(new AuditExtension())));
        String observation = files.stream().filter(f -> f.relativePath().endsWith("/model/Observation.java"))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(observation.contains("@JavaBean(\n        description = \"audited\"\n)"), observation);
        assertTrue(observation.contains("implements RandomAccess"), observation);
        assertTrue(observation.contains("return \"Observation\";"));
        assertTrue(files.stream().anyMatch(f -> f.relativePath().equals("com/example/weather/ModelRegistry.java")));
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
        assertEquals(List.of("test.audit:1"), Extensions.of(List.of(new AuditExtension())).ids());
    }

    /** Found by the plugin ITs: extension files outside packages broke package-info generation under JSpecify. */
    @Test
    void extensionFilesThatAreNotJavaSourcesGetNoPackageInfo() {
        GeneratorExtension resources = new GeneratorExtension() {
            @Override
            public String id() {
                return "test.resources:1";
            }

            @Override
            public List<ExtraFile> additionalFiles(ServiceInfo service) {
                return List.of(new ExtraFile("audit.txt", "root file"), new ExtraFile("META-INF/audit.txt", "resource"));
            }
        };
        io.shapegen.generator.flavour.Flavour flavour = new io.shapegen.generator.flavour.Flavour("test", "com.example.weather",
                "", io.shapegen.generator.flavour.ModelStyle.BUILDERS, io.shapegen.generator.flavour.AccessorStyle.FLUENT, false,
                java.util.Optional.empty(), List.of(), List.of(), java.util.Map.of(), java.util.Map.of(),
                io.shapegen.generator.flavour.NullabilityAnnotations.JSPECIFY, false);
        List<GeneratedFile> files = JavaSourceSet.render(ServiceSpecResolver.resolve(ModelLoader.loadService(
                ModelSource.read(GeneratedSources.resource("golden/weather/service-2.json"))), flavour),
                Extensions.of(List.of(resources)));
        List<String> paths = files.stream().map(GeneratedFile::relativePath).toList();
        assertTrue(paths.contains("audit.txt") && paths.contains("META-INF/audit.txt"));
        assertTrue(paths.contains("com/example/weather/model/package-info.java"));
        assertTrue(paths.stream().noneMatch(p -> p.startsWith("META-INF/package-info") || p.equals("package-info.java")), paths.toString());
    }

    /** Found by the plugin ITs: an extension file over a generated one was reported as two models colliding. */
    @Test
    void anExtensionFileOverAGeneratedOneNamesTheExtension() {
        GeneratorExtension clash = new GeneratorExtension() {
            @Override
            public String id() {
                return "test.clash:1";
            }

            @Override
            public List<ExtraFile> additionalFiles(ServiceInfo service) {
                return List.of(new ExtraFile("com/example/weather/model/Observation.java", "class Observation {}"));
            }
        };
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> JavaSourceSet.render(ServiceSpecResolver.resolve(ModelLoader.loadService(
                        ModelSource.read(GeneratedSources.resource("golden/weather/service-2.json"))), "com.example.weather"),
                        Extensions.of(List.of(clash))));
        assertEquals("The generator extension test.clash:1 adds com/example/weather/model/Observation.java, which Shapegen "
                + "generates itself. Give the extension's file another path.", e.getMessage());
    }
}
