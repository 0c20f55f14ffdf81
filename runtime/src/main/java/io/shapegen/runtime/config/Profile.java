package io.shapegen.runtime.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One named profile of the shared AWS config and credentials files.
 *
 * @param name the profile name, for example {@code default}
 * @param properties the settings, in file order; values may be secret
 */
public record Profile(String name, Map<String, String> properties) {
    /** Copies the properties into an unmodifiable map that keeps their order. */
    public Profile {
        Objects.requireNonNull(name, "name");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * @param key a setting name, for example {@code region}
     * @return its value, if present and not blank
     */
    public Optional<String> property(String key) {
        String value = properties.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** @return the name and the setting names; never values, which may be secret keys */
    @Override
    public String toString() {
        return "Profile(" + name + ", keys=" + properties.keySet() + ")";
    }
}
