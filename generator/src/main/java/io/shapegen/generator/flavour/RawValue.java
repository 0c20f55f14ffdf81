package io.shapegen.generator.flavour;

import java.util.List;
import java.util.Map;

/** A flavour value as written, before its option gives it a type; the same for JSON, YAML and the pom. */
sealed interface RawValue {
    /** @return where it was written */
    ValueLocation where();

    /** @return what kind of value it is, for messages */
    String kind();

    /** A text, number or other scalar written as text. @param text the text @param where where */
    record Text(String text, ValueLocation where) implements RawValue {
        @Override
        public String kind() {
            return "the text \"" + text + "\"";
        }
    }

    /** A boolean. @param value the value @param where where */
    record Bool(boolean value, ValueLocation where) implements RawValue {
        @Override
        public String kind() {
            return "the boolean " + value;
        }
    }

    /** A list. @param items the items @param where where */
    record Items(List<RawValue> items, ValueLocation where) implements RawValue {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A map. @param entries the entries in file order @param where where */
    record Entries(Map<String, RawValue> entries, ValueLocation where) implements RawValue {
        @Override
        public String kind() {
            return "a map";
        }
    }
}
