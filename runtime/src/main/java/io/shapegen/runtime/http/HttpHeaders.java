package io.shapegen.runtime.http;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP headers: ordered, multi-valued, looked up by name without regard to case. Immutable; build
 * one with {@link #builder()} or change a copy with {@link #toBuilder()}.
 *
 * <p>Names must be HTTP tokens and values may not contain CR or LF, so a header can never smuggle
 * another header or a second request onto the wire. {@link #toString()} hides the values of headers
 * that carry secrets ({@code Authorization}, {@code X-Amz-Security-Token}, cookies).
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(List.of());
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "x-amz-security-token", "cookie", "set-cookie");

    private final List<Map.Entry<String, String>> entries;

    private HttpHeaders(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /** @return headers with no entries */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder(new ArrayList<>());
    }

    /** @return a builder that starts with these headers */
    public Builder toBuilder() {
        return new Builder(new ArrayList<>(entries));
    }

    /** @return every header in the order it was added, names as given */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /**
     * @param name a header name, any case
     * @return the first value of that header, if present
     */
    public Optional<String> firstValue(String name) {
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a header name, any case
     * @return every value of that header in order; empty when absent
     */
    public List<String> allValues(String name) {
        List<String> values = new ArrayList<>(1);
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                values.add(entry.getValue());
            }
        }
        return List.copyOf(values);
    }

    /**
     * @param name a header name, any case
     * @return whether at least one header has that name
     */
    public boolean contains(String name) {
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** @return the distinct names in first-seen order, as first spelled */
    public Set<String> names() {
        Set<String> lower = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, String> entry : entries) {
            if (lower.add(entry.getKey().toLowerCase(Locale.ROOT))) {
                names.add(entry.getKey());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** @return whether there are no headers */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the headers with secret values replaced by {@code ***} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, String> entry : entries) {
            if (text.length() > 1) {
                text.append(", ");
            }
            boolean secret = SECRET_HEADERS.contains(entry.getKey().toLowerCase(Locale.ROOT));
            text.append(entry.getKey()).append(": ").append(secret ? "***" : entry.getValue());
        }
        return text.append('}').toString();
    }

    /** Collects headers for an {@link HttpHeaders}. Not thread-safe. */
    public static final class Builder {
        /** The characters of an HTTP token (RFC 9110): visible ASCII but the separators. */
        private static final boolean[] TOKEN_CHARS = new boolean[128];

        static {
            for (char c = 33; c < 127; c++) {
                TOKEN_CHARS[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            }
        }

        private List<Map.Entry<String, String>> entries;
        /** Whether {@link #build} handed {@link #entries} out; the next change copies them first. */
        private boolean shared;

        private Builder(List<Map.Entry<String, String>> entries) {
            this.entries = entries;
        }

        /** @return the entries, ready to change: copied first if headers built earlier share them */
        private List<Map.Entry<String, String>> mutableEntries() {
            if (shared) {
                entries = new ArrayList<>(entries);
                shared = false;
            }
            return entries;
        }

        /**
         * Adds a value, keeping any values the header already has.
         *
         * @param name an HTTP token, for example {@code Content-Type}
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder add(String name, String value) {
            mutableEntries().add(new AbstractMap.SimpleImmutableEntry<>(checkName(name), checkValue(name, value)));
            return this;
        }

        /**
         * Replaces every value of a header with one value, keeping the position of the first one.
         *
         * @param name an HTTP token, any case
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder set(String name, String value) {
            Map.Entry<String, String> replacement =
                    new AbstractMap.SimpleImmutableEntry<>(checkName(name), checkValue(name, value));
            List<Map.Entry<String, String>> entries = mutableEntries();
            int first = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).getKey().equalsIgnoreCase(name)) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                entries.add(replacement);
                return this;
            }
            entries.set(first, replacement);
            for (int i = entries.size() - 1; i > first; i--) {
                if (entries.get(i).getKey().equalsIgnoreCase(name)) {
                    entries.remove(i);
                }
            }
            return this;
        }

        /**
         * Sets a header only when it has no value yet.
         *
         * @param name an HTTP token, any case
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder setIfAbsent(String name, String value) {
            for (Map.Entry<String, String> entry : entries) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return this;
                }
            }
            return add(name, value);
        }

        /**
         * Removes every value of a header.
         *
         * @param name a header name, any case
         * @return this builder
         */
        public Builder remove(String name) {
            if (!containsName(name)) {
                return this;
            }
            List<Map.Entry<String, String>> entries = mutableEntries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).getKey().equalsIgnoreCase(name)) {
                    entries.remove(i);
                }
            }
            return this;
        }

        private boolean containsName(String name) {
            for (Map.Entry<String, String> entry : entries) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        /** @return the immutable headers */
        public HttpHeaders build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            // Handed out without a copy, read-only; the builder copies before its next change.
            shared = true;
            return new HttpHeaders(Collections.unmodifiableList(entries));
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "header name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A header name is empty; give the header a name such as X-Amz-Target.");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 128 || !TOKEN_CHARS[c]) {
                    throw new IllegalArgumentException("Header name '" + printable(name) + "' contains the character"
                            + " at index " + i + " that HTTP does not allow in a name; use letters, digits and - only.");
                }
            }
            return name;
        }

        private static String checkValue(String name, String value) {
            if (value == null) {
                throw new NullPointerException("The value of header " + name + " is null; give a value or leave the"
                        + " header out.");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    throw new IllegalArgumentException("The value of header '" + name + "' contains a line break or NUL"
                            + " at index " + i + "; HTTP header values must be one line. Remove the line breaks or"
                            + " encode the value.");
                }
            }
            return value;
        }

        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length() && i < 64; i++) {
                char c = text.charAt(i);
                out.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
            return out.toString();
        }
    }
}
