package io.shapegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapegen.generator.GenerationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationSummaryTest {
    private static final Path PROJECT = Path.of("/work/project").toAbsolutePath();

    @Test
    void namesServiceCountsAndOutputRelativeToTheProject() {
        GenerationResult result = new GenerationResult("Chime SDK Identity", PROJECT.resolve("target/generated-sources/shapegen"),
                List.of(Path.of("a/A.java"), Path.of("a/B.java"), Path.of("a/C.java")), List.of(Path.of("a/B.java")),
                List.of(Path.of("README.md"), Path.of("chime/README.md")), List.of(Path.of("README.md")), false, List.of());

        assertEquals("Chime SDK Identity: 3 files generated, 1 changed, in "
                        + Path.of("target", "generated-sources", "shapegen") + "; 2 docs pages, 1 changed",
                GenerationSummary.of(result, PROJECT).line());
    }

    @Test
    void keepsAnOutputOutsideTheProjectAbsolute() {
        Path elsewhere = Path.of("/elsewhere/out").toAbsolutePath();
        GenerationResult result = new GenerationResult("Widgets", elsewhere, List.of(Path.of("A.java")), List.of(), List.of(), List.of(), false, List.of());

        assertEquals("Widgets: 1 file generated, 0 changed, in " + elsewhere,
                GenerationSummary.of(result, PROJECT).line());
    }

    @Test
    void saysUpToDateWhenNothingWasGenerated() {
        GenerationResult result = new GenerationResult("Chime SDK Identity", PROJECT.resolve("target/gen"),
                List.of(Path.of("A.java"), Path.of("B.java")), List.of(), List.of(Path.of("README.md")), List.of(), true, List.of());

        assertEquals("Chime SDK Identity: up to date (2 files in " + Path.of("target", "gen") + ", 1 docs pages)",
                GenerationSummary.of(result, PROJECT).line());
    }
}
