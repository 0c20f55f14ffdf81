package io.shapegen.maven.input;

import java.io.File;

/**
 * Turns the {@code model} / {@code modelArtifact} / {@code modelPath} parameters into one {@link ModelLocation},
 * insisting that exactly one way of naming the model is used.
 */
public final class ModelParameters {
    private static final String MODEL = "model";
    private static final String MODEL_ARTIFACT = "modelArtifact";
    private static final String MODEL_PATH = "modelPath";

    private ModelParameters() {
    }

    /**
     * @param model the {@code model} file, or {@code null}
     * @param modelArtifact the {@code modelArtifact} coordinates, or {@code null} / blank
     * @param modelPath the {@code modelPath} jar entry, or {@code null} / blank
     * @return where the model is
     * @throws InputException if neither or both of {@code model} and {@code modelArtifact} are set, if
     *     {@code modelPath} is missing for an artifact or given for a file, or if the coordinates are malformed
     */
    public static ModelLocation locate(File model, String modelArtifact, String modelPath) throws InputException {
        boolean hasFile = model != null && !model.getPath().isBlank();
        boolean hasArtifact = modelArtifact != null && !modelArtifact.isBlank();
        boolean hasPath = modelPath != null && !modelPath.isBlank();
        if (hasFile && hasArtifact) {
            throw new InputException("Both <model> (" + model + ") and <modelArtifact> (" + modelArtifact
                    + ") are set. Set exactly one: <model> for a service-2.json file, or <modelArtifact> with "
                    + "<modelPath> for a model inside a jar.");
        }
        if (hasFile) {
            if (hasPath) {
                throw new InputException("<modelPath> (" + modelPath + ") only applies together with <modelArtifact>, "
                        + "but the model is the file <model> (" + model + "). Remove <modelPath>, or replace <model> "
                        + "with <modelArtifact>.");
            }
            return new ModelLocation.InFile(model.toPath(), MODEL);
        }
        if (hasArtifact) {
            if (!hasPath) {
                throw new InputException("<modelArtifact> (" + modelArtifact + ") is set but <modelPath> is not. "
                        + "Set <modelPath> to the model's path inside the jar, for example "
                        + "models/chime-sdk-identity-2021-04-20-model.json.");
            }
            return new ModelLocation.InArtifact(ArtifactCoordinates.parse(modelArtifact, MODEL_ARTIFACT), modelPath,
                    MODEL_ARTIFACT, MODEL_PATH);
        }
        throw new InputException("No model is configured. Set exactly one of <model> (a service-2.json file, "
                + "property shapegen.model) or <modelArtifact> (groupId:artifactId:version, property "
                + "shapegen.modelArtifact) together with <modelPath> (the model's path inside that jar, property "
                + "shapegen.modelPath).");
    }
}
