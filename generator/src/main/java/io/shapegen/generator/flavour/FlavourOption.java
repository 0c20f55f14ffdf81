package io.shapegen.generator.flavour;

import io.shapegen.generator.naming.IdentifierWords;
import io.shapegen.generator.naming.JavaReservedNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every flavour option: its name, and how a written value becomes a typed one. The one list of valid keys. */
enum FlavourOption {
    BASE_PACKAGE("basePackage", "a Java package name such as com.example.chime"),
    CLIENT_NAME("clientName", "a Java class name such as ChimeIdentityClient"),
    MODEL_STYLE("modelStyle", values(ModelStyle.values())),
    ACCESSOR_STYLE("accessorStyle", values(AccessorStyle.values())),
    ASYNC("async", "true or false"),
    PAGINATORS("paginators", values(PaginatorMode.values())),
    INCLUDE_OPERATIONS("includeOperations", "a list of operation names"),
    EXCLUDE_OPERATIONS("excludeOperations", "a list of operation names"),
    RENAME_SHAPES("renameShapes", "a map from shape names to Java class names"),
    RENAME_MEMBERS("renameMembers", "a map from Shape.Member to Java member names"),
    NULLABILITY_ANNOTATIONS("nullabilityAnnotations", values(NullabilityAnnotations.values())),
    DOCS("docs", "true or false");

    private final String key;
    private final String expected;

    FlavourOption(String key, String expected) {
        this.key = key;
        this.expected = expected;
    }

    String key() {
        return key;
    }

    static Optional<FlavourOption> forKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** @return every valid key, for messages */
    static String validKeys() {
        return Arrays.stream(values()).map(o -> o.key).collect(Collectors.joining(", "));
    }

    /** Checks a value and gives it its type: String, Boolean, an enum, List of String or Map of String. */
    Object parse(RawValue value) {
        return switch (this) {
            case BASE_PACKAGE -> javaPackage(text(value), value);
            case CLIENT_NAME -> javaClassName(text(value), value);
            case MODEL_STYLE -> choice(value, ModelStyle.values());
            case ACCESSOR_STYLE -> choice(value, AccessorStyle.values());
            case PAGINATORS -> choice(value, PaginatorMode.values());
            case NULLABILITY_ANNOTATIONS -> choice(value, NullabilityAnnotations.values());
            case ASYNC, DOCS -> bool(value);
            case INCLUDE_OPERATIONS, EXCLUDE_OPERATIONS -> list(value);
            case RENAME_SHAPES, RENAME_MEMBERS -> map(value);
        };
    }

    private String text(RawValue value) {
        if (value instanceof RawValue.Text text) {
            return text.text().strip();
        }
        throw bad(value, value.kind());
    }

    private boolean bool(RawValue value) {
        if (value instanceof RawValue.Bool bool) {
            return bool.value();
        }
        String text = text(value).toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw bad(value, "\"" + text + "\"");
    }

    private <E extends Enum<E>> E choice(RawValue value, E[] choices) {
        String text = text(value);
        for (E choice : choices) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(text)) {
                return choice;
            }
        }
        throw bad(value, "\"" + text + "\"");
    }

    /** A list: a YAML/JSON list of texts, or (in the pom) one comma-separated text. */
    private List<String> list(RawValue value) {
        List<String> items = new ArrayList<>();
        if (value instanceof RawValue.Items list) {
            for (RawValue item : list.items()) {
                items.add(text(item));
            }
        } else {
            for (String item : text(value).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return List.copyOf(items);
    }

    /** A map: a YAML/JSON map of texts, or (in the pom) {@code From=To,From2=To2}. */
    private Map<String, String> map(RawValue value) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (value instanceof RawValue.Entries map) {
            map.entries().forEach((from, to) -> entries.put(from, text(to)));
            return entries;
        }
        for (String pair : text(value).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw bad(value, "\"" + pair.strip() + "\" (write From=To pairs separated by commas)");
            }
            entries.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return entries;
    }

    private String javaPackage(String text, RawValue value) {
        for (String segment : text.split("\\.", -1)) {
            if (!isIdentifier(segment)) {
                throw bad(value, "\"" + text + "\"");
            }
        }
        return text;
    }

    private String javaClassName(String text, RawValue value) {
        if (!isIdentifier(text) || !Character.isUpperCase(text.charAt(0))) {
            throw bad(value, "\"" + text + "\"");
        }
        return text;
    }

    private static boolean isIdentifier(String text) {
        return IdentifierWords.isPlainIdentifier(text.replace("_", "a")) && !JavaReservedNames.isKeyword(text);
    }

    private FlavourException bad(RawValue value, String found) {
        return FlavourException.at(value.where(), "the flavour option \"" + key + "\" must be " + expected + ", not "
                + found + ".", "Correct the value.");
    }

    private static String values(Enum<?>[] choices) {
        return "one of " + Arrays.stream(choices).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
