package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes: across runs, and in a JVM with a Turkish locale and another time zone. */
class DeterminismTest {

    @Test
    void twoRunsWriteIdenticalTrees(@TempDir Path first, @TempDir Path second) throws Exception {
        generate(first);
        generate(second);
        assertEquals(tree(first), tree(second));
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheOutput(@TempDir Path here, @TempDir Path there) throws Exception {
        generate(here);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati", "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), GenerateMain.class.getName(), model().toString(), there.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        assertEquals(tree(here), tree(there));
    }

    private static Path model() {
        return ConformanceData.dir().resolve("chime-sdk-identity/service-2.json");
    }

    private static void generate(Path output) {
        new Generator().generate(GenerationRequest.standard(ModelSource.read(model()), Optional.empty(),
                "io.shapegen.services.chimesdkidentity", output.resolve("java"), Optional.of(output.resolve("docs"))));
    }

    private static Map<String, String> tree(Path root) throws IOException, java.security.NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(paths::add);
        }
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (Path path : paths) {
            files.put(root.relativize(path).toString(), java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
        }
        return files;
    }

    /** Entry point of the forked JVM. */
    public static final class GenerateMain {
        private GenerateMain() {
        }

        public static void main(String[] args) {
            Path output = Path.of(args[1]);
            new Generator().generate(GenerationRequest.standard(ModelSource.read(Path.of(args[0])), Optional.empty(),
                    "io.shapegen.services.chimesdkidentity", output.resolve("java"), Optional.of(output.resolve("docs"))));
        }
    }
}
