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
    private static final String[] NONE = new String[0];
    private static final HttpHeaders EMPTY = new HttpHeaders(new Table(NONE, NONE, 0));
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "x-amz-security-token", "cookie", "set-cookie");

    /** The names and values; for headers received, made from {@link #received} at first use. */
    private Table table;
    /** The header lines of a response as received, or {@code null} for headers built. */
    private final ReceivedHeaderLines received;

    private HttpHeaders(Table table) {
        this.table = table;
        this.received = null;
    }

    private HttpHeaders(ReceivedHeaderLines received) {
        this.received = received;
    }

    /**
     * @param received header lines a response brought, already checked
     * @return headers that turn the lines into names and values only when first read
     */
    static HttpHeaders received(ReceivedHeaderLines received) {
        return new HttpHeaders(received);
    }

    /** @return headers with no entries */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder(NONE, NONE, 0, false);
    }

    /**
     * @param capacity how many entries to make room for
     * @return an empty builder
     */
    static Builder builder(int capacity) {
        return new Builder(new String[capacity], new String[capacity], 0, false);
    }

    /** @return a builder that starts with these headers (sharing them until its first change) */
    public Builder toBuilder() {
        Table t = table();
        return new Builder(t.names, t.values, t.size, true);
    }

    /** @return the names and values, parsing received header lines at first use */
    private Table table() {
        Table t = table;
        if (t == null) {
            // Racing threads parse the same lines into equal tables; Table's final fields publish it safely.
            Builder parsed = received.parse();
            t = new Table(parsed.names, parsed.values, parsed.size);
            table = t;
        }
        return t;
    }

    /** @return the number of entries (a header with several values counts once per value) */
    public int size() {
        return table().size;
    }

    /**
     * @param index from 0 to {@link #size()} - 1, in the order the headers were added
     * @return the name of that entry, as given
     */
    public String name(int index) {
        Table t = table();
        return t.names[java.util.Objects.checkIndex(index, t.size)];
    }

    /**
     * @param index from 0 to {@link #size()} - 1, in the order the headers were added
     * @return the value of that entry
     */
    public String value(int index) {
        Table t = table();
        return t.values[java.util.Objects.checkIndex(index, t.size)];
    }

    /** @return every header in the order it was added, names as given */
    public List<Map.Entry<String, String>> entries() {
        Table t = table();
        List<Map.Entry<String, String>> entries = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(t.names[i], t.values[i]));
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * @param name a header name, any case
     * @return the first value of that header, if present
     */
    public Optional<String> firstValue(String name) {
        return Optional.ofNullable(firstValueOrNull(name));
    }

    /**
     * @param name a header name, any case
     * @return the first value of that header, or {@code null} when absent
     */
    public String firstValueOrNull(String name) {
        Table t = table();
        int index = t.indexOf(name);
        return index < 0 ? null : t.values[index];
    }

    /**
     * @param name a header name, any case
     * @return every value of that header in order; empty when absent
     */
    public List<String> allValues(String name) {
        Table t = table();
        List<String> values = new ArrayList<>(1);
        for (int i = 0; i < t.size; i++) {
            if (t.names[i].equalsIgnoreCase(name)) {
                values.add(t.values[i]);
            }
        }
        return List.copyOf(values);
    }

    /**
     * @param name a header name, any case
     * @return whether at least one header has that name
     */
    public boolean contains(String name) {
        return table().indexOf(name) >= 0;
    }

    /** @return the distinct names in first-seen order, as first spelled */
    public Set<String> names() {
        Table t = table();
        Set<String> lower = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.size; i++) {
            if (lower.add(t.names[i].toLowerCase(Locale.ROOT))) {
                names.add(t.names[i]);
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** @return whether there are no headers */
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof HttpHeaders that)) {
            return false;
        }
        Table a = table();
        Table b = that.table();
        if (a.size != b.size) {
            return false;
        }
        for (int i = 0; i < a.size; i++) {
            if (!a.names[i].equals(b.names[i]) || !a.values[i].equals(b.values[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the hash code of {@link #entries()} */
    @Override
    public int hashCode() {
        Table t = table();
        int hash = 1;
        for (int i = 0; i < t.size; i++) {
            hash = 31 * hash + (t.names[i].hashCode() ^ t.values[i].hashCode());
        }
        return hash;
    }

    /** @return the headers with secret values replaced by {@code ***} */
    @Override
    public String toString() {
        Table t = table();
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < t.size; i++) {
            if (text.length() > 1) {
                text.append(", ");
            }
            boolean secret = SECRET_HEADERS.contains(t.names[i].toLowerCase(Locale.ROOT));
            text.append(t.names[i]).append(": ").append(secret ? "***" : t.values[i]);
        }
        return text.append('}').toString();
    }

    /** @return whether HTTP allows the character in a header name (an RFC 9110 token) */
    static boolean isTokenChar(int c) {
        return c >= 0 && c < 128 && Builder.TOKEN_CHARS[c];
    }

    /** Names and values side by side; never changed once made (a builder copies them before its next change). */
    private static final class Table {
        private final String[] names;
        private final String[] values;
        private final int size;

        Table(String[] names, String[] values, int size) {
            this.names = names;
            this.values = values;
            this.size = size;
        }

        int indexOf(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
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

        private String[] names;
        private String[] values;
        private int size;
        /** Whether headers built earlier share {@link #names} and {@link #values}; the next change copies them. */
        private boolean shared;

        private Builder(String[] names, String[] values, int size, boolean shared) {
            this.names = names;
            this.values = values;
            this.size = size;
            this.shared = shared;
        }

        /** Makes the arrays safe to change and able to take {@code more} entries. */
        private void prepareChange(int more) {
            if (shared || size + more > names.length) {
                int capacity = Math.max(size + more, Math.max(8, shared ? names.length : names.length * 2));
                names = java.util.Arrays.copyOf(names, capacity);
                values = java.util.Arrays.copyOf(values, capacity);
                shared = false;
            }
        }

        private int indexOf(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Adds a value, keeping any values the header already has.
         *
         * @param name an HTTP token, for example {@code Content-Type}
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder add(String name, String value) {
            checkName(name);
            checkValue(name, value);
            prepareChange(1);
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** Adds a name and value already checked (header lines received), keeping the builder's room. */
        void addChecked(String name, String value) {
            prepareChange(1);
            names[size] = name;
            values[size] = value;
            size++;
        }

        /**
         * Replaces every value of a header with one value, keeping the position of the first one.
         *
         * @param name an HTTP token, any case
         * @param value the value; no CR or LF
         * @return this builder
         */
        public Builder set(String name, String value) {
            checkName(name);
            checkValue(name, value);
            int first = indexOf(name);
            prepareChange(first < 0 ? 1 : 0);
            if (first < 0) {
                names[size] = name;
                values[size] = value;
                size++;
                return this;
            }
            names[first] = name;
            values[first] = value;
            removeAfter(first, name);
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
            if (indexOf(name) >= 0) {
                return this;
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
            int first = indexOf(name);
            if (first < 0) {
                return this;
            }
            prepareChange(0);
            removeAfter(first - 1, name);
            return this;
        }

        /** Removes the entries with this name after {@code index}, keeping the others in order. */
        private void removeAfter(int index, String name) {
            int kept = index + 1;
            for (int i = index + 1; i < size; i++) {
                if (!names[i].equalsIgnoreCase(name)) {
                    names[kept] = names[i];
                    values[kept] = values[i];
                    kept++;
                }
            }
            for (int i = kept; i < size; i++) {
                names[i] = null;
                values[i] = null;
            }
            size = kept;
        }

        /** @return the immutable headers */
        public HttpHeaders build() {
            if (size == 0) {
                return EMPTY;
            }
            // Handed out without a copy, read-only; the builder copies before its next change.
            shared = true;
            return new HttpHeaders(new Table(names, values, size));
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
