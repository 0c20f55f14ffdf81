package io.shapegen.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (a package, a class's methods, an enum's constants). A taken
 * name gets the first free numeric suffix, so the first claimant in a deterministic order keeps the
 * plain name.
 */
public final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final boolean caseInsensitive;

    private NameScope(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
    }

    /** @return a scope where names differ when their case differs (methods, fields, constants) */
    public static NameScope caseSensitive() {
        return new NameScope(false);
    }

    /**
     * @return a scope where names that differ only in case collide: class names, which become file names on
     *     case-insensitive file systems
     */
    public static NameScope caseInsensitive() {
        return new NameScope(true);
    }

    /**
     * Marks a name as used without claiming it for anyone (for example {@code builder} in a model class).
     *
     * @param name the name to keep free of claims
     * @return this scope
     */
    public NameScope reserve(String name) {
        taken.add(key(name));
        return this;
    }

    /**
     * @param preferred the name wanted
     * @return {@code preferred} if free, else {@code preferred2}, {@code preferred3}, …
     */
    public String claim(String preferred) {
        if (taken.add(key(preferred))) {
            return preferred;
        }
        for (int suffix = 2; ; suffix++) {
            String candidate = preferred + suffix;
            if (taken.add(key(candidate))) {
                return candidate;
            }
        }
    }

    /** @param name a name @return whether it is already used */
    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    private String key(String name) {
        return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
    }
}
