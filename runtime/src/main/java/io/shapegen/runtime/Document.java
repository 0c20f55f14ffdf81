package io.shapegen.runtime;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An untyped JSON-like value: the Java type of a {@code document} member. Immutable.
 */
public sealed interface Document {

    /** A text value. @param value the text */
    record Text(String value) implements Document {
        /** Rejects {@code null}. */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number, kept exactly as written. @param value the number */
    record Number(BigDecimal value) implements Document {
        /** Rejects {@code null}. */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A boolean value. @param value the boolean */
    record Bool(boolean value) implements Document {
    }

    /** An ordered list of documents. @param values the elements, copied */
    record ListValue(List<Document> values) implements Document {
        /** Copies the elements into an unmodifiable list. */
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /** A map from names to documents, in insertion order. @param values the entries, copied */
    record MapValue(Map<String, Document> values) implements Document {
        /** Copies the entries into an unmodifiable map that keeps their order. */
        public MapValue {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The JSON {@code null}. */
    enum Null implements Document {
        /** The only null document. */
        INSTANCE
    }

    /**
     * @param value a text
     * @return the text as a document
     */
    static Document fromString(String value) {
        return new Text(value);
    }

    /**
     * @param value a number
     * @return the number as a document
     */
    static Document fromNumber(BigDecimal value) {
        return new Number(value);
    }

    /**
     * @param value a boolean
     * @return the boolean as a document
     */
    static Document fromBoolean(boolean value) {
        return new Bool(value);
    }

    /**
     * @param values the elements
     * @return a list document
     */
    static Document fromList(List<Document> values) {
        return new ListValue(values);
    }

    /**
     * @param values the entries
     * @return a map document
     */
    static Document fromMap(Map<String, Document> values) {
        return new MapValue(values);
    }

    /** @return the null document */
    static Document fromNull() {
        return Null.INSTANCE;
    }
}
