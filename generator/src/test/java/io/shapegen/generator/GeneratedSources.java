package io.shapegen.generator;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.runtime.SdkBytes;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Test support: generate a model in memory, compile the output, load the classes. */
public final class GeneratedSources {
    private GeneratedSources() {
    }

    public static List<GeneratedFile> generate(Path model, String basePackage) {
        return Generator.render(ServiceSpecResolver.resolve(ModelLoader.loadService(ModelSource.read(model)), basePackage));
    }

    static Path resource(String name) {
        try {
            return Path.of(GeneratedSources.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles generated files plus extra sources with -Xlint:all -Werror against the runtime. */
    public static Compilation compile(List<GeneratedFile> files, JavaFileObject... extra) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.relativePath().endsWith(".java")) {
                String className = file.relativePath().substring(0, file.relativePath().length() - 5).replace('/', '.');
                sources.add(JavaFileObjects.forSourceString(className, new String(file.content(), StandardCharsets.UTF_8)));
            }
        }
        sources.addAll(List.of(extra));
        return Compiler.javac()
                .withOptions("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8")
                .withClasspath(List.of(runtimeClasspath(), jacksonClasspath(), jspecifyClasspath()))
                .compile(sources);
    }

    static File runtimeClasspath() {
        try {
            return new File(SdkBytes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSpecify jar, which code generated with nullabilityAnnotations=jspecify compiles against. */
    static File jspecifyClasspath() {
        try {
            return new File(org.jspecify.annotations.Nullable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jackson-core jar, which generated JSON code compiles against. */
    static File jacksonClasspath() {
        try {
            return new File(com.fasterxml.jackson.core.JsonParser.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A class loader over the class files of a successful compilation; the runtime comes from the test's loader. */
    public static ClassLoader classLoader(Compilation compilation) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.getName().replaceFirst("^/CLASS_OUTPUT/", "").replaceAll("\\.class$", "").replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ClassLoader(GeneratedSources.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
