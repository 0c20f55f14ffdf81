package io.shapegen.maven.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReferenceTest {
    @TempDir
    Path base;

    @Test
    void aRelativeFileIsResolvedAgainstTheBaseDirectory() throws Exception {
        ModelLocation location = parse("models/../old.json");

        assertEquals(new ModelLocation.InFile(base.resolve("old.json").toAbsolutePath(), "oldModel",
                "shapegen.diff.old"), location);
    }

    @Test
    void anArtifactWithAPathInsideItsJar() throws Exception {
        ModelLocation location = parse(" com.amazonaws:aws-java-sdk-models:1.12.797!/models/chime-model.json ");

        assertEquals(new ModelLocation.InArtifact(new ArtifactCoordinates("com.amazonaws", "aws-java-sdk-models",
                "1.12.797"), "models/chime-model.json", "oldModel", "oldModel"), location);
        assertEquals("com.amazonaws:aws-java-sdk-models:1.12.797!/models/chime-model.json", location.displayName());
    }

    @Test
    void aMissingFileNamesTheDiffProperty() throws Exception {
        ModelLocation location = parse("nope.json");

        InputException e = assertThrows(InputException.class,
                () -> new ModelInputReader((artifact, parameter) -> null).read(location));

        assertEquals("The oldModel file " + base.resolve("nope.json").toAbsolutePath() + " does not exist. Check "
                + "<oldModel> (property shapegen.diff.old); a relative path is resolved against the project "
                + "directory.", e.getMessage());
    }

    @Test
    void unsetSaysBothForms() {
        InputException e = assertThrows(InputException.class, () -> parse(" "));

        assertEquals("<oldModel> (property shapegen.diff.old) is not set. Set it to a service-2.json file, or to "
                + "groupId:artifactId:version!/path/in/jar for a model inside a jar, for example "
                + "com.amazonaws:aws-java-sdk-models:1.12.797!/models/chime-sdk-identity-2021-04-20-model.json.",
                e.getMessage());
    }

    @Test
    void coordinatesWithoutAPathAskForOne() {
        InputException e = assertThrows(InputException.class, () -> parse("com.amazonaws:aws-java-sdk-models:1.0"));

        assertEquals("<oldModel> (property shapegen.diff.old) is \"com.amazonaws:aws-java-sdk-models:1.0\", which "
                + "looks like artifact coordinates but names no file inside the jar. Add \"!/\" and the model's path, "
                + "for example com.amazonaws:aws-java-sdk-models:1.12.797!/models/"
                + "chime-sdk-identity-2021-04-20-model.json.", e.getMessage());
    }

    @Test
    void aFileNamedLikeCoordinatesIsAFile() throws Exception {
        Files.writeString(base.resolve("a:b:c"), "{}");

        assertEquals(new ModelLocation.InFile(base.resolve("a:b:c").toAbsolutePath(), "oldModel", "shapegen.diff.old"),
                parse("a:b:c"));
    }

    @Test
    void malformedCoordinatesOrAnEmptyPath() {
        assertEquals("<oldModel> (property shapegen.diff.old) is \"com.amazonaws:models!/x.json\": before \"!/\" it "
                + "must be groupId:artifactId:version, for example com.amazonaws:aws-java-sdk-models:1.12.797!/models/"
                + "chime-sdk-identity-2021-04-20-model.json.",
                assertThrows(InputException.class, () -> parse("com.amazonaws:models!/x.json")).getMessage());
        assertEquals("<oldModel> (property shapegen.diff.old) is \"g:a:1!/\", which names no file inside the jar. Add "
                + "the model's path after \"!/\", for example com.amazonaws:aws-java-sdk-models:1.12.797!/models/"
                + "chime-sdk-identity-2021-04-20-model.json.",
                assertThrows(InputException.class, () -> parse("g:a:1!/")).getMessage());
    }

    private ModelLocation parse(String value) throws InputException {
        return ModelReference.parse(value, "oldModel", "shapegen.diff.old", base);
    }
}
