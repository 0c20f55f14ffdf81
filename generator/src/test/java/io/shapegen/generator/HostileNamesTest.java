package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.shapegen.generator.output.GeneratedFile;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model built to trip a generator: keywords and generated-method names as members, java.lang type names as
 * shapes, enum values that are not identifiers, documentation that tries to end the comment. The output must
 * compile with -Xlint:all -Werror, and a driver compiled against it checks the behaviour.
 */
class HostileNamesTest {
    private static List<GeneratedFile> files;
    private static Compilation compilation;

    @BeforeAll
    static void generateAndCompile() {
        files = GeneratedSources.generate(GeneratedSources.resource("hostile/service-2.json"), "com.example.hostile");
        compilation = GeneratedSources.compile(files,
                JavaFileObjects.forResource("hostile/HostileDriver.java"));
    }

    @Test
    void compilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void behavesAsDocumented() throws ReflectiveOperationException {
        ClassLoader loader = GeneratedSources.classLoader(compilation);
        try {
            loader.loadClass("com.example.hostile.driver.HostileDriver").getMethod("run").invoke(null);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the driver failed: " + e.getCause(), e.getCause());
        }
    }

    @Test
    void documentationCannotEndTheComment() {
        for (GeneratedFile file : files) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            String comments = text.replaceAll("(?s)/\\*\\*.*?\\*/", "");
            assertTrue(!comments.contains("*/"), file.relativePath() + " has a comment that ended early");
            assertTrue(!text.contains("@author") && !text.contains("<script>"), file.relativePath());
        }
    }

    @Test
    void classNamesThatClashAreRenamedDeterministically() {
        List<String> paths = files.stream().map(GeneratedFile::relativePath).toList();
        assertTrue(paths.contains("com/example/hostile/model/Builder2.java"), paths.toString());
        assertTrue(paths.contains("com/example/hostile/model/String.java"), paths.toString());
        assertTrue(paths.contains("com/example/hostile/model/Override.java"), paths.toString());
    }
}
