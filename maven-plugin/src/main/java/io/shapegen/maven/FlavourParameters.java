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
 * {@code flavourFile}, then {@code flavourOptions}, then the {@code basePackage} shortcut; then, for a
 * {@code <models>} entry, the entry's own file, options and package.
 *
 * @param flavour the built-in flavour's name, or {@code null}
 * @param flavourFile a JSON or YAML flavour file, or {@code null}
 * @param flavourOptions options written in the pom, or {@code null}
 * @param basePackage the base package shortcut, or {@code null}
 * @param pomElement how messages name the pom element holding these parameters, for example {@code pom.xml} or
 *     {@code pom.xml <models> entry 2}
 * @param overrides further file/options/package layers on top (one {@code <models>} entry's), in order
 */
record FlavourParameters(String flavour, File flavourFile, Map<String, String> flavourOptions, String basePackage,
        String pomElement, List<FlavourParameters> overrides) {
    /** How messages name the execution's own parameters. */
    static final String EXECUTION = "pom.xml";

    /** The parameters of one execution, with no further layers. */
    FlavourParameters(String flavour, File flavourFile, Map<String, String> flavourOptions, String basePackage) {
        this(flavour, flavourFile, flavourOptions, basePackage, EXECUTION, List.of());
    }

    /**
     * @param file the entry's flavour file, or {@code null}
     * @param options the entry's options, or {@code null}
     * @param pkg the entry's base package, or {@code null}
     * @param element how messages name the entry, for example {@code pom.xml <models> entry 2}
     * @return these parameters with one more layer of file, options and package on top
     */
    FlavourParameters with(File file, Map<String, String> options, String pkg, String element) {
        List<FlavourParameters> layers = new ArrayList<>(overrides);
        layers.add(new FlavourParameters(null, file, options, pkg, element, List.of()));
        return new FlavourParameters(flavour, flavourFile, flavourOptions, basePackage, pomElement, layers);
    }

    /**
     * @return the flavour
     * @throws io.shapegen.generator.flavour.FlavourException if any layer is invalid
     */
    Flavour resolve() {
        List<FlavourLayer> layers = new ArrayList<>(layers());
        for (FlavourParameters override : overrides) {
            layers.addAll(override.layers());
        }
        return FlavourResolver.resolve(Optional.ofNullable(flavour).filter(name -> !name.isBlank()), layers);
    }

    private List<FlavourLayer> layers() {
        List<FlavourLayer> layers = new ArrayList<>();
        if (flavourFile != null) {
            layers.add(FlavourFiles.read(flavourFile.toPath()));
        }
        if (flavourOptions != null && !flavourOptions.isEmpty()) {
            layers.add(FlavourResolver.inline(pomElement + " <flavourOptions>", flavourOptions));
        }
        if (basePackage != null && !basePackage.isBlank()) {
            layers.add(FlavourResolver.inline(pomElement + " <basePackage>", Map.of("basePackage", basePackage.strip())));
        }
        return layers;
    }
}
