package io.shapegen.maven;

import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.flavour.FlavourFiles;
import io.shapegen.generator.flavour.FlavourLayer;
import io.shapegen.generator.flavour.FlavourResolver;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the flavour of one generation from the plugin parameters: the built-in {@code flavour}, then the
 * {@code flavourFile}, then {@code flavourOptions}, then the {@code basePackage} shortcut.
 *
 * @param flavour the built-in flavour's name, or {@code null}
 * @param flavourFile a JSON or YAML flavour file, or {@code null}
 * @param flavourOptions options written in the pom, or {@code null}
 * @param basePackage the base package shortcut, or {@code null}
 */
record FlavourParameters(String flavour, File flavourFile, Map<String, String> flavourOptions, String basePackage) {
    /** How messages call options written in the pom. */
    static final String POM_SOURCE = "pom.xml <flavourOptions>";

    /**
     * @return the flavour
     * @throws io.shapegen.generator.flavour.FlavourException if any layer is invalid
     */
    Flavour resolve() {
        List<FlavourLayer> layers = new ArrayList<>();
        if (flavourFile != null) {
            layers.add(FlavourFiles.read(flavourFile.toPath()));
        }
        if (flavourOptions != null && !flavourOptions.isEmpty()) {
            layers.add(FlavourResolver.inline(POM_SOURCE, flavourOptions));
        }
        if (basePackage != null && !basePackage.isBlank()) {
            layers.add(FlavourResolver.inline("pom.xml <basePackage>", Map.of("basePackage", basePackage.strip())));
        }
        return FlavourResolver.resolve(Optional.ofNullable(flavour).filter(name -> !name.isBlank()), layers);
    }
}
