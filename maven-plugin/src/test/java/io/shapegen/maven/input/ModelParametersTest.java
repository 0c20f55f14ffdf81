package io.shapegen.maven.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.junit.jupiter.api.Test;

class ModelParametersTest {
    @Test
    void aFileIsAFileLocationNamedByItsPath() throws InputException {
        File model = new File("/project/service-2.json");

        ModelLocation location = ModelParameters.locate(model, null, null);

        assertEquals(new ModelLocation.InFile(model.toPath(), "model"), location);
        assertEquals(model.toPath().toString(), location.displayName());
    }

    @Test
    void anArtifactAndPathIsAJarEntryNamedWithBang() throws InputException {
        ModelLocation location = ModelParameters.locate(null, "com.amazonaws:aws-java-sdk-models:1.12.797",
                "/models/chime.json");

        assertEquals("com.amazonaws:aws-java-sdk-models:1.12.797!/models/chime.json", location.displayName());
    }

    @Test
    void neitherNamesBothParameters() {
        InputException e = assertThrows(InputException.class, () -> ModelParameters.locate(null, " ", null));

        assertTrue(e.getMessage().contains("<model>"), e.getMessage());
        assertTrue(e.getMessage().contains("<modelArtifact>"), e.getMessage());
        assertTrue(e.getMessage().contains("<modelPath>"), e.getMessage());
    }

    @Test
    void bothIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> ModelParameters.locate(new File("a.json"), "g:a:1", "m.json"));

        assertTrue(e.getMessage().startsWith("Both <model> (a.json) and <modelArtifact> (g:a:1) are set."),
                e.getMessage());
    }

    @Test
    void anArtifactNeedsAPath() {
        InputException e = assertThrows(InputException.class, () -> ModelParameters.locate(null, "g:a:1", null));

        assertTrue(e.getMessage().contains("Set <modelPath>"), e.getMessage());
    }

    @Test
    void aPathWithoutArtifactIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> ModelParameters.locate(new File("a.json"), null, "models/x.json"));

        assertTrue(e.getMessage().contains("only applies together with <modelArtifact>"), e.getMessage());
    }

    @Test
    void malformedCoordinatesShowAnExample() {
        InputException e = assertThrows(InputException.class,
                () -> ModelParameters.locate(null, "com.amazonaws:aws-java-sdk-models", "m.json"));

        assertEquals("<modelArtifact> must be groupId:artifactId:version, for example "
                + "com.amazonaws:aws-java-sdk-models:1.12.797, but it is \"com.amazonaws:aws-java-sdk-models\".",
                e.getMessage());
    }
}
