package io.shapegen.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the sink promises about the files under its root. */
class OutputSinkTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesOnlyChangedFilesAndRecordsTheManifest(@TempDir Path root) throws IOException {
        OutputSink sink = new OutputSink(root);
        assertEquals(List.of(Path.of("a/A.java"), Path.of("b/B.java")),
                sink.write(List.of(file("a/A.java", "A"), file("b/B.java", "B")), "d1", "Svc"));
        Files.setLastModifiedTime(root.resolve("a/A.java"), LONG_AGO);

        assertEquals(List.of(Path.of("b/B.java")), sink.write(List.of(file("a/A.java", "A"), file("b/B.java", "B2")), "d2", "Svc"));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(root.resolve("a/A.java")), "an unchanged file is not rewritten");
        assertEquals("B2", Files.readString(root.resolve("b/B.java")));
        OutputManifest manifest = OutputManifest.read(root).orElseThrow();
        assertEquals(new OutputManifest("d2", "Svc", List.of("a/A.java", "b/B.java")), manifest);
    }

    @Test
    void deletesWhatItWroteBeforeAndNoLongerProducesButNeverAUserFile(@TempDir Path root) throws IOException {
        OutputSink sink = new OutputSink(root);
        sink.write(List.of(file("keep/K.java", "K"), file("gone/deep/G.java", "G")), "d1", "Svc");
        Files.writeString(root.resolve("gone/NOTES.txt"), "mine");
        Files.writeString(root.resolve("USER.java"), "mine too");

        sink.write(List.of(file("keep/K.java", "K")), "d2", "Svc");

        assertFalse(Files.exists(root.resolve("gone/deep/G.java")));
        assertFalse(Files.exists(root.resolve("gone/deep")), "a directory emptied by the cleanup goes too");
        assertEquals("mine", Files.readString(root.resolve("gone/NOTES.txt")));
        assertEquals("mine too", Files.readString(root.resolve("USER.java")));
        assertTrue(Files.exists(root.resolve("keep/K.java")));
    }

    @Test
    void aFailureWhileStagingLeavesThePreviousOutputExactlyAsItWas(@TempDir Path root) throws IOException {
        OutputSink sink = new OutputSink(root);
        sink.write(List.of(file("a/A.java", "old A"), file("z/Z.java", "old Z")), "d1", "Svc");
        List<String> before = snapshot(root);
        // "blocked" is a file, so nothing can be staged under blocked/: the third file fails after the first staged.
        Files.writeString(root.resolve("blocked"), "a user's file in the way");

        assertThrows(UncheckedIOException.class, () -> sink.write(List.of(file("a/A.java", "new A"),
                file("blocked/B.java", "B"), file("z/Z.java", "new Z")), "d2", "Svc"));

        List<String> after = snapshot(root);
        after.remove("blocked=a user's file in the way");
        assertEquals(before, after, "no file changed, no temporary file left, the manifest is the old one");
    }

    @Test
    void neverWritesOutsideItsRoot(@TempDir Path root) {
        OutputSink sink = new OutputSink(root.resolve("out"));
        for (String path : List.of("../x.java", "a/../../x.java", "/etc/x", "a//b", "./a", "C:/x", "a\\b", ".shapegen-manifest")) {
            assertThrows(IllegalArgumentException.class, () -> sink.write(List.of(file("ok/Fine.java", "x"), file(path, "x")), "d", "S"),
                    path);
        }
        assertFalse(Files.exists(root.resolve("out")), "nothing is written when any path is refused");
        assertFalse(Files.exists(root.resolve("x.java")));
    }

    @Test
    void aFileLeftHalfStagedByAKilledRunIsOverwrittenAndItsNameIsReserved(@TempDir Path root) throws IOException {
        Path leftover = root.resolve("a/.A.java" + AtomicFiles.TEMPORARY_SUFFIX);
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "half of an old A, and then the process was killed");
        OutputSink sink = new OutputSink(root);

        sink.write(List.of(file("a/A.java", "A")), "d1", "Svc");

        assertEquals("A", Files.readString(root.resolve("a/A.java")));
        assertFalse(Files.exists(leftover), "the staged file became A.java");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> sink.write(List.of(file("a/.B.java" + AtomicFiles.TEMPORARY_SUFFIX, "x")), "d2", "Svc"));
        assertTrue(refused.getMessage().contains("reserved"), refused.getMessage());
    }

    @Test
    void manyFilesAreWrittenAndAFailureAmongThemStillChangesNothing(@TempDir Path root) throws IOException {
        OutputSink sink = new OutputSink(root);
        List<GeneratedFile> first = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(file("p" + i % 7 + "/F" + i + ".java", "v1 " + i));
        }
        assertEquals(300, sink.write(first, "d1", "Svc").size());
        List<String> before = snapshot(root);
        Files.writeString(root.resolve("blocked"), "in the way");
        List<GeneratedFile> second = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            second.add(file((i == 150 ? "blocked" : "p" + i % 7) + "/F" + i + ".java", "v2 " + i));
        }

        assertThrows(UncheckedIOException.class, () -> sink.write(second, "d2", "Svc"));

        List<String> after = snapshot(root);
        after.remove("blocked=in the way");
        assertEquals(before, after, "all 299 other files staged, none renamed, every staged file removed");
    }

    @Test
    void aTamperedManifestCannotMakeItDeleteOutsideTheRoot(@TempDir Path root) throws IOException {
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(root.resolve("precious.txt"), "keep");
        Files.write(out.resolve(OutputManifest.FILE_NAME), new OutputManifest("d0", "S", List.of("../precious.txt")).toBytes());

        new OutputSink(out).write(List.of(file("A.java", "A")), "d1", "S");

        assertEquals("keep", Files.readString(root.resolve("precious.txt")));
    }

    static List<String> snapshot(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new java.util.ArrayList<>(walk.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return root.relativize(p) + "=" + Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList());
        }
    }
}
