package io.shapegen.generator.extension;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.lang.model.element.Modifier;

/** The extensions of one generation, in {@link GeneratorExtension#id()} order, applied to the emitted types. */
public final class Extensions {
    private final List<GeneratorExtension> extensions;

    private Extensions(List<GeneratorExtension> extensions) {
        this.extensions = extensions.stream().sorted(Comparator.comparing(GeneratorExtension::id)).toList();
    }

    /** @return no extensions */
    public static Extensions none() {
        return new Extensions(List.of());
    }

    /** @param extensions the extensions to apply @return them, ordered by id */
    public static Extensions of(List<GeneratorExtension> extensions) {
        return new Extensions(extensions);
    }

    /**
     * @param loader the class loader to search (the plugin's, which sees its {@code <dependencies>})
     * @return every extension registered on it
     */
    public static Extensions load(ClassLoader loader) {
        List<GeneratorExtension> found = new ArrayList<>();
        ServiceLoader.load(GeneratorExtension.class, loader).forEach(found::add);
        return new Extensions(found);
    }

    /** @return the extensions' ids in order, for the incremental-build digest */
    public List<String> ids() {
        return extensions.stream().map(GeneratorExtension::id).toList();
    }

    /** @return whether there is nothing to apply */
    public boolean isEmpty() {
        return extensions.isEmpty();
    }

    /**
     * Offers every emitted type to every extension, and collects their extra files.
     *
     * @param service the service
     * @param files the emitted files
     * @return the files, with the types the extensions changed rebuilt, and the extra files as rendered files
     */
    public Applied apply(ServiceSpec service, List<JavaFile> files) {
        if (extensions.isEmpty()) {
            return new Applied(files, List.of());
        }
        ServiceInfo info = info(service);
        Map<ClassName, Kind> kinds = kinds(service);
        List<JavaFile> result = new ArrayList<>(files.size());
        for (JavaFile file : files) {
            ClassName name = ClassName.get(file.packageName(), file.typeSpec().name());
            Kind kind = kinds.get(name);
            if (kind == null && file.typeSpec().kind() == TypeSpec.Kind.INTERFACE && file.packageName().equals(service.basePackage())
                    && file.typeSpec().modifiers().contains(Modifier.PUBLIC)) {
                kind = new Kind(Role.CLIENT, Optional.empty());
            }
            if (kind == null) {
                result.add(file);
                continue;
            }
            TypeSpec.Builder builder = file.typeSpec().toBuilder();
            GeneratedType type = new GeneratedType(info, name, kind.shape(), builder);
            for (GeneratorExtension extension : extensions) {
                switch (kind.role()) {
                    case MODEL -> extension.modelClass(type);
                    case EXCEPTION -> extension.exceptionClass(type);
                    case ENUM -> extension.enumType(type);
                    case CLIENT -> extension.clientInterface(type);
                    default -> throw new IllegalStateException(kind.role().toString());
                }
            }
            result.add(JavaFile.builder(file.packageName(), builder.build()).indent("    ").skipJavaLangImports(true).build());
        }
        Map<String, String> owners = new HashMap<>();
        for (JavaFile file : result) {
            owners.put(pathOf(file).toLowerCase(java.util.Locale.ROOT), "Shapegen");
        }
        List<GeneratedFile> extra = new ArrayList<>();
        for (GeneratorExtension extension : extensions) {
            for (ExtraFile file : extension.additionalFiles(info)) {
                String owner = owners.putIfAbsent(file.relativePath().toLowerCase(java.util.Locale.ROOT), extension.id());
                if (owner != null) {
                    throw new IllegalArgumentException("The generator extension " + extension.id() + " adds "
                            + file.relativePath() + ", which " + (owner.equals("Shapegen") ? "Shapegen generates itself"
                                    : "the extension " + owner + " adds too") + ". Give the extension's file another path.");
                }
                extra.add(new GeneratedFile(file.relativePath(), file.content().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new Applied(result, extra);
    }

    private static String pathOf(JavaFile file) {
        return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    }

    private static ServiceInfo info(ServiceSpec service) {
        return new ServiceInfo(service.model().metadata().serviceId(), service.serviceName(), service.basePackage(),
                service.modelPackage(), service.structures().stream().map(StructureSpec::className).sorted(
                        Comparator.comparing(ClassName::canonicalName)).toList(),
                service.operations().stream().map(o -> o.operation().name()).sorted().toList());
    }

    private static Map<ClassName, Kind> kinds(ServiceSpec service) {
        Map<ClassName, Kind> kinds = new HashMap<>();
        for (StructureSpec structure : service.structures()) {
            kinds.put(structure.className(), new Kind(Role.MODEL, Optional.of(structure.shape().name())));
        }
        for (ExceptionSpec exception : service.exceptions()) {
            kinds.put(exception.className(), new Kind(Role.EXCEPTION, Optional.of(exception.shape().name())));
        }
        kinds.put(service.serviceException(), new Kind(Role.EXCEPTION, Optional.empty()));
        for (EnumSpec spec : service.enums()) {
            kinds.put(spec.className(), new Kind(Role.ENUM, Optional.of(spec.shape().name())));
        }
        kinds.put(service.clientInterface(), new Kind(Role.CLIENT, Optional.empty()));
        return kinds;
    }

    /**
     * What applying the extensions gave.
     *
     * @param javaFiles the Java files, changed types rebuilt
     * @param extraFiles the files extensions added
     */
    public record Applied(List<JavaFile> javaFiles, List<GeneratedFile> extraFiles) {
    }

    private enum Role { MODEL, EXCEPTION, ENUM, CLIENT }

    private record Kind(Role role, Optional<String> shape) {
    }
}
