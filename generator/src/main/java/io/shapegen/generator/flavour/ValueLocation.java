package io.shapegen.generator.flavour;

/**
 * Where a flavour value was written.
 *
 * @param source the file, or {@code pom.xml <flavourOptions>}
 * @param pointer the JSON pointer of the value in the file, {@code ""} for the top
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 */
record ValueLocation(String source, String pointer, int line, int column) {
    ValueLocation child(String key) {
        return new ValueLocation(source, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), line, column);
    }

    @Override
    public String toString() {
        String at = line > 0 ? source + ":" + line + ":" + column : source;
        return pointer.isEmpty() ? at : at + ": at " + pointer;
    }
}
