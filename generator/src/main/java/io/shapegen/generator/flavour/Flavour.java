package io.shapegen.generator.flavour;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, validated set of generation choices: a built-in flavour with the user's options layered on top.
 * See docs/flavours.md for every option.
 *
 * @param name the built-in flavour it starts from ({@code standard} or {@code records})
 * @param basePackage the client package, {@code ""} to derive it from the service id
 * @param clientName the client interface's simple name, {@code ""} for {@code <Service>Client}
 * @param modelStyle classes with builders, or records
 * @param accessorStyle fluent or bean accessors
 * @param async whether to generate the async client
 * @param paginators where paginators come from; empty for "the file if given, else inferred"
 * @param includeOperations the operations to generate, empty for all
 * @param excludeOperations the operations to leave out
 * @param renameShapes new Java names of shapes, by shape name
 * @param renameMembers new Java names of members, by {@code Shape.Member}
 * @param nullabilityAnnotations which nullability annotations to write
 * @param docs whether to generate the Markdown docs
 */
public record Flavour(String name, String basePackage, String clientName, ModelStyle modelStyle,
        AccessorStyle accessorStyle, boolean async, Optional<PaginatorMode> paginators, List<String> includeOperations,
        List<String> excludeOperations, Map<String, String> renameShapes, Map<String, String> renameMembers,
        NullabilityAnnotations nullabilityAnnotations, boolean docs) {

    /** Copies the collections, keeping their order. */
    public Flavour {
        includeOperations = List.copyOf(includeOperations);
        excludeOperations = List.copyOf(excludeOperations);
        renameShapes = Collections.unmodifiableMap(new LinkedHashMap<>(renameShapes));
        renameMembers = Collections.unmodifiableMap(new LinkedHashMap<>(renameMembers));
    }

    /** @return the {@code standard} flavour: AWS SDK v2 style, everything generated */
    public static Flavour standard() {
        return BuiltInFlavours.get("standard").orElseThrow();
    }

    /**
     * @param basePackage the client package
     * @return this flavour with another base package
     */
    public Flavour withBasePackage(String basePackage) {
        return new Flavour(name, basePackage, clientName, modelStyle, accessorStyle, async, paginators,
                includeOperations, excludeOperations, renameShapes, renameMembers, nullabilityAnnotations, docs);
    }
}
