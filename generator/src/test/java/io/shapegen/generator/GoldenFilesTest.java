package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapegen.generator.output.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The small hand-written model in {@code src/test/resources/golden/weather} and the exact files it generates,
 * under {@code expected/}. Refresh after an intended change with
 * {@code mvn -pl generator test -Dtest=GoldenFilesTest -Dshapegen.golden.update=true}, then review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of(System.getProperty("shapegen.golden.dir", "src/test/resources/golden"));

    @TestFactory
    Stream<DynamicTest> weatherServiceMatchesItsGoldenFiles() throws IOException {
        Path root = GOLDEN.resolve("weather");
        Path expected = root.resolve("expected");
        List<GeneratedFile> files = GeneratedSources.generate(root.resolve("service-2.json"), "com.example.weather");
        if (Boolean.getBoolean("shapegen.golden.update")) {
            rewrite(expected, files);
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the output compiles with -Xlint:all -Werror",
                () -> com.google.testing.compile.CompilationSubject.assertThat(GeneratedSources.compile(files))
                        .succeededWithoutWarnings()));
        tests.add(DynamicTest.dynamicTest("the set of files", () -> assertEquals(list(expected),
                files.stream().map(GeneratedFile::relativePath).sorted().toList(),
                "files added or removed; refresh with -Dshapegen.golden.update=true and review")));
        for (GeneratedFile file : files) {
            tests.add(DynamicTest.dynamicTest(file.relativePath(), () -> {
                Path golden = expected.resolve(file.relativePath());
                String want = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "<missing>";
                assertEquals(want, new String(file.content(), StandardCharsets.UTF_8),
                        file.relativePath() + " differs; refresh with -Dshapegen.golden.update=true and review");
            }));
        }
        return tests.stream();
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void rewrite(Path expected, List<GeneratedFile> files) throws IOException {
        if (Files.isDirectory(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (GeneratedFile file : files) {
            Path target = expected.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }
}
