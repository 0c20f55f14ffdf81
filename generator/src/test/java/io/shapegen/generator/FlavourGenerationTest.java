package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.shapegen.generator.flavour.AccessorStyle;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourException;
import io.shapegen.generator.flavour.ModelStyle;
import io.shapegen.generator.flavour.NullabilityAnnotations;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.ServiceModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flavours applied to the real chime model: the output compiles, and code written against it works. */
class FlavourGenerationTest {

    private static ServiceModel chime() {
        return ModelLoader.loadService(ModelSource.read(ConformanceData.dir().resolve("chime-sdk-identity/service-2.json")));
    }

    private static Flavour flavour(String pkg, String clientName, ModelStyle style, AccessorStyle accessors,
            List<String> exclude, Map<String, String> shapes, Map<String, String> members, NullabilityAnnotations nulls) {
        return new Flavour("test", pkg, clientName, style, accessors, true, Optional.empty(), List.of(), exclude, shapes,
                members, nulls, true);
    }

    private static List<GeneratedFile> generate(Flavour flavour) {
        return Generator.render(ServiceSpecResolver.resolve(chime(), flavour));
    }

    private static String docs(Flavour flavour, String page) {
        return file(Generator.renderDocs(ServiceSpecResolver.resolve(chime(), flavour), Optional.empty()), page);
    }

    private static String file(List<GeneratedFile> files, String suffix) {
        return files.stream().filter(f -> f.relativePath().endsWith(suffix)).map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new AssertionError("no " + suffix));
    }

    @Test
    void recordsWithRenamesAndExcludedOperations() throws Exception {
        List<GeneratedFile> files = generate(flavour("io.shapegen.services.chime", "ChimeIdentityClient", ModelStyle.RECORDS,
                AccessorStyle.FLUENT, List.of("DeleteAppInstance"), Map.of("AppInstance", "Instance"),
                Map.of("AppInstance.Name", "title"), NullabilityAnnotations.NONE));
        List<String> paths = files.stream().map(GeneratedFile::relativePath).toList();
        assertTrue(paths.contains("io/shapegen/services/chime/model/Instance.java"));
        assertFalse(paths.contains("io/shapegen/services/chime/model/AppInstance.java"));
        assertFalse(paths.contains("io/shapegen/services/chime/model/DeleteAppInstanceRequest.java"), "unreachable shapes go");
        assertFalse(file(files, "/ChimeIdentityClient.java").contains(" deleteAppInstance("));
        assertTrue(file(files, "/model/Instance.java").contains("public record Instance("));

        String models = docs(flavour("io.shapegen.services.chime", "ChimeIdentityClient", ModelStyle.RECORDS,
                AccessorStyle.FLUENT, List.of(), Map.of("AppInstance", "Instance"), Map.of(), NullabilityAnnotations.NONE),
                "/models.md");
        assertTrue(models.contains("public record Instance(...) {"), "the docs show records as records");

        Compilation compilation = GeneratedSources.compile(files, JavaFileObjects.forResource("flavours/RecordsDriver.java"));
        assertThat(compilation).succeededWithoutWarnings();
        run(compilation, "io.shapegen.test.records.RecordsDriver");
    }

    @Test
    void beanAccessorsWithJSpecify() throws Exception {
        List<GeneratedFile> files = generate(flavour("io.shapegen.services.chimebean", "", ModelStyle.BUILDERS,
                AccessorStyle.BEAN, List.of(), Map.of(), Map.of(), NullabilityAnnotations.JSPECIFY));
        assertTrue(file(files, "/model/package-info.java").contains("@NullMarked"));
        String request = file(files, "/model/CreateAppInstanceRequest.java");
        assertTrue(request.contains("public @Nullable String getName()"), "absent values are @Nullable");
        assertTrue(request.contains("public Builder setName(@Nullable String name)"));

        String page = docs(flavour("io.shapegen.services.chimebean", "", ModelStyle.BUILDERS, AccessorStyle.BEAN, List.of(),
                Map.of(), Map.of(), NullabilityAnnotations.JSPECIFY), "/operations/describeAppInstance.md");
        assertTrue(page.contains("`getAppInstance()`") && page.contains(".setAppInstanceArn("), "the docs use bean names");

        Compilation compilation = GeneratedSources.compile(files, JavaFileObjects.forResource("flavours/BeanDriver.java"));
        assertThat(compilation).succeededWithoutWarnings();
        run(compilation, "io.shapegen.test.bean.BeanDriver");
        Method getter = GeneratedSources.classLoader(compilation)
                .loadClass("io.shapegen.services.chimebean.model.CreateAppInstanceRequest").getMethod("getName");
        assertTrue(getter.getAnnotatedReturnType().isAnnotationPresent(org.jspecify.annotations.Nullable.class));
    }

    @Test
    void aFlavourThatNamesWhatTheModelLacksFailsWithSuggestions() {
        FlavourException e = assertThrows(FlavourException.class, () -> generate(flavour("", "", ModelStyle.BUILDERS,
                AccessorStyle.FLUENT, List.of("DeleteAppInstanse"), Map.of(), Map.of(), NullabilityAnnotations.NONE)));
        assertEquals("The flavour's excludeOperations names the operation \"DeleteAppInstanse\", which the model does not have."
                + " Did you mean DeleteAppInstance, DeleteAppInstanceBot, DeleteAppInstanceUser?", e.getMessage());
        e = assertThrows(FlavourException.class, () -> generate(flavour("", "", ModelStyle.RECORDS, AccessorStyle.BEAN,
                List.of(), Map.of(), Map.of(), NullabilityAnnotations.NONE)));
        assertTrue(e.getMessage().startsWith("The flavour combines modelStyle records with accessorStyle bean"), e.getMessage());
    }

    private static void run(Compilation compilation, String driver) throws ReflectiveOperationException {
        try {
            GeneratedSources.classLoader(compilation).loadClass(driver).getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the driver failed: " + e.getCause(), e.getCause());
        }
    }
}
