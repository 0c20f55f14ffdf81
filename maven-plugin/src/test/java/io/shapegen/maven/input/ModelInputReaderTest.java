package io.shapegen.maven.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInputReaderTest {
    private static final ArtifactCoordinates MODELS = new ArtifactCoordinates("com.example", "models", "1.0");

    @TempDir
    Path directory;

    @Test
    void readsAFileNamedByItsPath() throws Exception {
        Path file = Files.writeString(directory.resolve("service-2.json"), "{}");

        ModelSource source = reader(null).read(new ModelLocation.InFile(file, "model"));

        assertEquals(file.toString(), source.name());
        assertArrayEquals("{}".getBytes(UTF_8), source.content());
    }

    @Test
    void aMissingFileSaysWhichParameterToCheck() {
        Path file = directory.resolve("nope.json");

        InputException e = assertThrows(InputException.class,
                () -> reader(null).read(new ModelLocation.InFile(file, "paginators")));

        assertEquals("The paginators file " + file + " does not exist. Check <paginators> (property "
                + "shapegen.paginators); a relative path is resolved against the project directory.", e.getMessage());
    }

    @Test
    void aDirectoryIsNotAModel() {
        InputException e = assertThrows(InputException.class,
                () -> reader(null).read(new ModelLocation.InFile(directory, "model")));

        assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
    }

    @Test
    void readsAJarEntryNamedArtifactBangEntry() throws Exception {
        Path jar = jar("models/chime-sdk-identity-2021-04-20-model.json", "models/s3-2006-03-01-model.json");

        ModelSource source = reader(jar).read(entry("models/chime-sdk-identity-2021-04-20-model.json"));

        assertEquals("com.example:models:1.0!/models/chime-sdk-identity-2021-04-20-model.json", source.name());
        assertArrayEquals("content of models/chime-sdk-identity-2021-04-20-model.json".getBytes(UTF_8),
                source.content());
    }

    @Test
    void aMissingEntryListsSimilarOnes() throws Exception {
        Path jar = jar("META-INF/MANIFEST.MF",
                "models/chime-2018-05-01-model.json",
                "models/chime-sdk-identity-2021-04-20-intermediate.json",
                "models/chime-sdk-identity-2021-04-20-model.json",
                "models/chime-sdk-messaging-2021-05-15-model.json",
                "models/s3-2006-03-01-model.json",
                "models/sqs-2012-11-05-model.json",
                "models/sns-2010-03-31-model.json",
                "models/dynamodb-2012-08-10-model.json");

        InputException e = assertThrows(InputException.class,
                () -> reader(jar).read(entry("models/chime-sdk-identity-model.json")));

        assertEquals("com.example:models:1.0 has no file models/chime-sdk-identity-model.json (checked " + jar
                + "). Similar entries: models/chime-sdk-identity-2021-04-20-model.json, "
                + "models/chime-sdk-identity-2021-04-20-intermediate.json, "
                + "models/chime-sdk-messaging-2021-05-15-model.json, models/chime-2018-05-01-model.json. "
                + "Set <modelPath> to the right one.", e.getMessage());
    }

    @Test
    void aMissingEntryWithNothingSimilarSaysHowToList() throws Exception {
        Path jar = jar("models/s3-2006-03-01-model.json", "models/sqs-2012-11-05-model.json",
                "models/sns-2010-03-31-model.json");

        InputException e = assertThrows(InputException.class, () -> reader(jar).read(entry("lambda.json")));

        assertEquals("com.example:models:1.0 has no file lambda.json (checked " + jar + "). Set <modelPath> to the "
                + "model's path inside the jar; `jar tf " + jar + "` lists its entries.", e.getMessage());
    }

    @Test
    void aDirectoryEntryIsNotAModel() throws Exception {
        Path jar = jar("models/a.json");

        InputException e = assertThrows(InputException.class, () -> reader(jar).read(entry("models/")));

        assertTrue(e.getMessage().startsWith("com.example:models:1.0 has no file models/ "), e.getMessage());
    }

    @Test
    void anUnresolvableArtifactPassesTheResolversMessageOn() {
        InputException failure = new InputException("cannot resolve");

        InputException e = assertThrows(InputException.class, () -> new ModelInputReader((artifact, parameter) -> {
            throw failure;
        }).read(entry("models/a.json")));

        assertSame(failure, e);
    }

    @Test
    void aFileThatIsNotAJarSaysSo() throws Exception {
        Path notAJar = Files.writeString(directory.resolve("models.jar"), "not a zip");

        InputException e = assertThrows(InputException.class, () -> reader(notAJar).read(entry("models/a.json")));

        assertTrue(e.getMessage().startsWith("Cannot read com.example:models:1.0!/models/a.json from " + notAJar),
                e.getMessage());
    }

    private static ModelLocation entry(String path) {
        return new ModelLocation.InArtifact(MODELS, path, "modelArtifact", "modelPath");
    }

    private static ModelInputReader reader(Path jar) {
        return new ModelInputReader((artifact, parameter) -> {
            assertEquals(MODELS, artifact);
            assertEquals("modelArtifact", parameter);
            return jar;
        });
    }

    private Path jar(String... entries) throws IOException {
        Path jar = directory.resolve("models-1.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("models/"));
            out.closeEntry();
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry).getBytes(UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
