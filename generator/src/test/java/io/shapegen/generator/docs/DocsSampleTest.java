package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.shapegen.generator.output.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/sample/chime-sdk-identity holds the generated pages of chime-sdk-identity, committed so they can be read
 * and reviewed. They must equal fresh output. To refresh them after a change, run
 * {@code mvn -B -o -pl generator test -Dtest=DocsSampleTest -Dshapegen.docs.sample.update=true} from the root,
 * then review the diff.
 */
class DocsSampleTest {
    private static final String SERVICE = "chime-sdk-identity";

    @Test
    void sampleEqualsFreshOutput() throws IOException {
        Path sample = Path.of("..", "docs", "sample").toAbsolutePath().normalize();
        Path folder = sample.resolve(SERVICE);
        List<GeneratedFile> fresh = DocsTestData.chimeDocs();
        if (Boolean.getBoolean("shapegen.docs.sample.update")) {
            write(folder, fresh);
        }
        Map<String, String> expected = new TreeMap<>(DocsTestData.text(fresh));
        Map<String, String> actual = new TreeMap<>(read(folder));
        String refresh = "; refresh with -Dshapegen.docs.sample.update=true and review the diff";
        assertEquals(expected.keySet(), actual.keySet(), "pages added or removed in " + folder + refresh);
        expected.forEach((path, text) -> {
            String difference = firstDifference(text, actual.get(path));
            if (difference != null) {
                fail(folder.resolve(path) + " differs from fresh output at " + difference + refresh);
            }
        });

        Path index = sample.resolve("README.md");
        assertTrue(Files.isRegularFile(index), "the breadcrumbs' Index, " + index);
        assertTrue(Files.readString(index, StandardCharsets.UTF_8).contains("(./" + SERVICE + "/README.md)"),
                index + " links the sample");
    }

    /** @return where two texts first differ, {@code line N: expected "…" but was "…"}, or null when equal */
    private static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            String a = i < want.length ? want[i] : "(end of file)";
            String b = i < have.length ? have[i] : "(end of file)";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": expected \"" + a + "\" but was \"" + b + "\"";
            }
        }
        return "the end of the file";
    }

    private static void write(Path folder, List<GeneratedFile> files) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> existing = Files.walk(folder)) {
                existing.filter(Files::isRegularFile).forEach(stale::add);
            }
        }
        for (GeneratedFile file : files) {
            Path target = folder.resolve(file.relativePath());
            stale.remove(target);
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        for (Path path : stale) {
            Files.delete(path);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return pages;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                pages.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}
