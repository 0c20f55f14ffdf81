package io.shapegen.generator.flavour;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The flavours that ship with Shapegen, selectable by name. */
public final class BuiltInFlavours {
    private static final Map<String, Flavour> FLAVOURS = Map.of(
            "standard", new Flavour("standard", "", "", ModelStyle.BUILDERS, AccessorStyle.FLUENT, true, Optional.empty(),
                    List.of(), List.of(), Map.of(), Map.of(), NullabilityAnnotations.NONE, true),
            "records", new Flavour("records", "", "", ModelStyle.RECORDS, AccessorStyle.FLUENT, true, Optional.empty(),
                    List.of(), List.of(), Map.of(), Map.of(), NullabilityAnnotations.NONE, true));

    private BuiltInFlavours() {
    }

    /** @param name a flavour name @return the built-in flavour of that name, if any */
    public static Optional<Flavour> get(String name) {
        return Optional.ofNullable(FLAVOURS.get(name));
    }

    /** @return the names, sorted */
    public static List<String> names() {
        return FLAVOURS.keySet().stream().sorted().toList();
    }
}
