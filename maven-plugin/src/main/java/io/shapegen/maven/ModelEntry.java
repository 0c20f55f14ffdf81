package io.shapegen.maven;

import java.io.File;
import java.util.Map;

/**
 * One entry of the {@code <models>} list: a model and its own flavour overrides, generated together with the
 * others of the execution, each into its own package. Maven fills the fields from the nested elements.
 */
public class ModelEntry {
    /** The model file; set this or {@code modelArtifact}. */
    File model;

    /** The {@code groupId:artifactId:version} of a jar that holds the model; {@code modelPath} names the entry. */
    String modelArtifact;

    /** The model's path inside the {@code modelArtifact} jar. */
    String modelPath;

    /** The paginators file, if any. */
    File paginators;

    /** The client package of this model; must differ between the models of one execution. */
    String basePackage;

    /** A flavour file layered over the execution's flavour options. */
    File flavourFile;

    /** Flavour options layered over this model's flavour file. */
    Map<String, String> flavourOptions;

    /** Creates an empty entry, for Maven to fill. */
    public ModelEntry() {
    }
}
