package io.shapegen.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.output.OutputManifest;
import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer model regenerated over an older one's output, as a team bumping the model version sees it. */
class RegenerationTest {
    private static final String PACKAGE = "io.shapegen.services.chimesdkidentity";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    private static Path history(String name) {
        return ConformanceData.dir().resolve("chime-sdk-identity/history/" + name);
    }

    private static GenerationResult generate(Path model, Path root) {
        return new Generator().generate(GenerationRequest.standard(ModelSource.read(model), Optional.empty(), PACKAGE,
                root.resolve("java"), Optional.of(root.resolve("docs"))));
    }

    @Test
    void newerModelRegeneratesInPlace(@TempDir Path root) throws IOException {
        GenerationResult old = generate(history("service-2.2021-10-26.4be98b791.json"), root);
        assertFalse(old.upToDate());
        Path java = root.resolve("java");
        Path model = java.resolve("io/shapegen/services/chimesdkidentity/model");
        Files.writeString(model.resolve("UserNotes.txt"), "mine");
        Map<Path, String> before = tree(root);
        for (Path file : before.keySet()) {
            Files.setLastModifiedTime(root.resolve(file), LONG_AGO);
        }

        GenerationResult updated = generate(history("service-2.2023-06-22.8e10243f4.json"), root);

        // The 2023 models add the AppInstanceBot operations and expiration settings.
        assertTrue(Files.isRegularFile(model.resolve("CreateAppInstanceBotRequest.java")));
        assertTrue(Files.isRegularFile(model.resolve("ExpirationSettings.java")));
        assertTrue(Files.isRegularFile(root.resolve("docs/chime-sdk-identity/operations/createAppInstanceBot.md")));
        assertEquals("mine", Files.readString(model.resolve("UserNotes.txt")), "a user file survives");

        // Exactly the new generation's files are there (plus the user's file and the manifests): nothing stale.
        List<String> expected = new ArrayList<>();
        updated.files().forEach(p -> expected.add("java/" + slash(p)));
        updated.docsFiles().forEach(p -> expected.add("docs/" + slash(p)));
        expected.add("java/" + OutputManifest.FILE_NAME);
        expected.add("docs/" + OutputManifest.FILE_NAME);
        expected.add("java/io/shapegen/services/chimesdkidentity/model/UserNotes.txt");
        assertEquals(expected.stream().sorted().toList(), tree(root).keySet().stream().map(RegenerationTest::slash).sorted().toList());

        // Files whose bytes did not change kept their modification time; changed ones were rewritten.
        Map<Path, String> after = tree(root);
        int untouched = 0;
        for (Map.Entry<Path, String> entry : after.entrySet()) {
            boolean same = entry.getValue().equals(before.get(entry.getKey()));
            boolean keptTime = Files.getLastModifiedTime(root.resolve(entry.getKey())).equals(LONG_AGO);
            if (!entry.getKey().getFileName().toString().equals(OutputManifest.FILE_NAME)) {
                assertEquals(same, keptTime, entry.getKey() + (same ? " was rewritten with the same bytes" : " changed but kept its time"));
            }
            untouched += same && keptTime ? 1 : 0;
        }
        assertTrue(untouched > 20, "most classes are unchanged between these versions: " + untouched);
        assertEquals(slashAll(updated.written()), slashAll(after.keySet().stream()
                .filter(p -> p.startsWith("java") && !after.get(p).equals(before.get(p)) && !p.endsWith(OutputManifest.FILE_NAME))
                .map(p -> Path.of("java").relativize(p)).sorted().toList()), "the result reports exactly the rewritten files");

        List<GeneratedFile> sources = new ArrayList<>();
        for (Path file : updated.files()) {
            sources.add(new GeneratedFile(slash(file), Files.readAllBytes(java.resolve(file))));
        }
        assertThat(GeneratedSources.compile(sources)).succeededWithoutWarnings();
    }

    @Test
    void aSecondRunWithTheSameInputsIsUpToDateAndWritesNothing(@TempDir Path root) throws IOException {
        Path model = history("service-2.2021-10-26.4be98b791.json");
        generate(model, root);
        Map<Path, String> before = tree(root);
        GenerationResult again = generate(model, root);
        assertTrue(again.upToDate());
        assertEquals("Chime SDK Identity", again.serviceName());
        assertTrue(again.written().isEmpty() && again.docsWritten().isEmpty());
        assertEquals(before, tree(root));

        Files.delete(root.resolve("java/io/shapegen/services/chimesdkidentity/model/Tag.java"));
        GenerationResult repaired = generate(model, root);
        assertFalse(repaired.upToDate(), "a deleted generated file is regenerated");
        assertEquals(List.of(Path.of("io/shapegen/services/chimesdkidentity/model/Tag.java")), repaired.written());
    }

    @Test
    void aGenerationThatFailsLeavesThePreviousTreeIntact(@TempDir Path root) throws IOException {
        generate(history("service-2.2021-10-26.4be98b791.json"), root);
        Map<Path, String> before = tree(root);
        Path templates = Files.createDirectories(root.resolve("templates"));
        Files.writeString(templates.resolve("client.md.vm"), "$undefinedReference\n");

        assertThrows(RuntimeException.class, () -> new Generator().generate(new GenerationRequest(
                ModelSource.read(history("service-2.2023-06-22.8e10243f4.json")), Optional.empty(),
                io.shapegen.generator.flavour.Flavour.standard().withBasePackage(PACKAGE),
                root.resolve("java"), Optional.of(root.resolve("docs")), Optional.of(templates),
                io.shapegen.generator.extension.Extensions.none())));

        Map<Path, String> after = tree(root);
        after.keySet().removeIf(p -> p.startsWith("templates"));
        assertEquals(before, after);
    }

    private static Map<Path, String> tree(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).toList();
        }
        for (Path path : paths) {
            files.put(root.relativize(path), Files.readString(path));
        }
        return files;
    }

    private static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<String> slashAll(List<Path> paths) {
        return paths.stream().map(RegenerationTest::slash).toList();
    }
}
