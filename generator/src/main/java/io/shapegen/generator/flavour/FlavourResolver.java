package io.shapegen.generator.flavour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layers flavour sources into one {@link Flavour}: a built-in flavour, then a flavour file, then the options in
 * the pom. A later layer replaces an option's value; the two rename maps are merged entry by entry instead.
 */
public final class FlavourResolver {
    private FlavourResolver() {
    }

    /**
     * Reads options written in the pom, where lists are comma-separated and maps are {@code From=To} pairs.
     *
     * @param source how messages call the pom, for example {@code pom.xml <flavourOptions>}
     * @param options the options by key
     * @return the validated layer
     */
    public static FlavourLayer inline(String source, Map<String, String> options) {
        Map<String, RawValue> entries = new LinkedHashMap<>();
        ValueLocation top = new ValueLocation(source, "", 0, 0);
        new java.util.TreeMap<>(options).forEach((key, value) ->
                entries.put(key, new RawValue.Text(value == null ? "" : value, top.child(key))));
        return FlavourLayer.of(source, new RawValue.Entries(entries, top));
    }

    /**
     * @param builtIn the built-in flavour named in the pom, if any
     * @param layers the layers in order, lowest first (a flavour file, then the pom)
     * @return the flavour
     * @throws FlavourException if the built-in name is unknown, or two layers name different built-in flavours
     */
    public static Flavour resolve(Optional<String> builtIn, List<FlavourLayer> layers) {
        String baseName = builtIn.map(String::strip).orElse(null);
        for (FlavourLayer layer : layers) {
            if (layer.base().isPresent()) {
                if (baseName != null && !baseName.equals(layer.base().get())) {
                    throw new FlavourException(layer.source() + ": \"extends\": \"" + layer.base().get() + "\" conflicts with the flavour \""
                            + baseName + "\" named elsewhere. Name the built-in flavour in one place.");
                }
                baseName = layer.base().get();
            }
        }
        String name = baseName == null ? "standard" : baseName;
        Flavour base = BuiltInFlavours.get(name).orElseThrow(() -> new FlavourException("\"" + name
                + "\" is not a built-in flavour. Use one of: " + String.join(", ", BuiltInFlavours.names())
                + ", or leave it out for standard."));
        Map<FlavourOption, Object> values = new LinkedHashMap<>();
        Map<String, String> renameShapes = new LinkedHashMap<>(base.renameShapes());
        Map<String, String> renameMembers = new LinkedHashMap<>(base.renameMembers());
        for (FlavourLayer layer : layers) {
            layer.options().forEach((option, value) -> {
                switch (option) {
                    case RENAME_SHAPES -> renameShapes.putAll(strings(value));
                    case RENAME_MEMBERS -> renameMembers.putAll(strings(value));
                    default -> values.put(option, value);
                }
            });
        }
        return new Flavour(name,
                (String) values.getOrDefault(FlavourOption.BASE_PACKAGE, base.basePackage()),
                (String) values.getOrDefault(FlavourOption.CLIENT_NAME, base.clientName()),
                (ModelStyle) values.getOrDefault(FlavourOption.MODEL_STYLE, base.modelStyle()),
                (AccessorStyle) values.getOrDefault(FlavourOption.ACCESSOR_STYLE, base.accessorStyle()),
                (Boolean) values.getOrDefault(FlavourOption.ASYNC, base.async()),
                values.containsKey(FlavourOption.PAGINATORS)
                        ? Optional.of((PaginatorMode) values.get(FlavourOption.PAGINATORS)) : base.paginators(),
                texts(values.getOrDefault(FlavourOption.INCLUDE_OPERATIONS, base.includeOperations())),
                texts(values.getOrDefault(FlavourOption.EXCLUDE_OPERATIONS, base.excludeOperations())),
                renameShapes, renameMembers,
                (NullabilityAnnotations) values.getOrDefault(FlavourOption.NULLABILITY_ANNOTATIONS, base.nullabilityAnnotations()),
                (Boolean) values.getOrDefault(FlavourOption.DOCS, base.docs()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object value) {
        return (Map<String, String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object value) {
        return new ArrayList<>((List<String>) value);
    }
}
