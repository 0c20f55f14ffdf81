package io.shapegen.generator.flavour;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options one source sets (a flavour file, or the pom), already validated. Options it does not set come
 * from the layers below it.
 *
 * @param source where the options were written, for messages
 * @param base the built-in flavour the source names with {@code extends}, if any
 * @param options the typed values by option
 */
public record FlavourLayer(String source, Optional<String> base, Map<FlavourOption, Object> options) {
    /** The key that names the built-in flavour a file builds on. */
    static final String EXTENDS = "extends";

    /** Copies the options. */
    public FlavourLayer {
        options = options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(options));
    }

    /** Reads a layer from the entries of a file or the pom; every key and value is checked. */
    static FlavourLayer of(String source, RawValue.Entries entries) {
        Map<FlavourOption, Object> options = new EnumMap<>(FlavourOption.class);
        Optional<String> base = Optional.empty();
        for (Map.Entry<String, RawValue> entry : entries.entries().entrySet()) {
            RawValue value = entry.getValue();
            if (entry.getKey().equals(EXTENDS)) {
                if (!(value instanceof RawValue.Text text) || BuiltInFlavours.get(text.text().strip()).isEmpty()) {
                    throw FlavourException.at(value.where(), "\"extends\" must name a built-in flavour, not " + value.kind() + ".",
                            "Use one of: " + String.join(", ", BuiltInFlavours.names()) + ".");
                }
                base = Optional.of(((RawValue.Text) value).text().strip());
                continue;
            }
            FlavourOption option = FlavourOption.forKey(entry.getKey()).orElseThrow(() -> FlavourException.at(value.where(),
                    "\"" + entry.getKey() + "\" is not a flavour option.",
                    "Valid options: " + EXTENDS + ", " + FlavourOption.validKeys() + "."));
            options.put(option, option.parse(value));
        }
        return new FlavourLayer(source, base, options);
    }
}
