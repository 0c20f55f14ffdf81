package io.shapegen.model;

/**
 * Where a value stands in an input file, so that later stages can report errors precisely.
 *
 * @param sourceName the input's name
 * @param pointer the RFC 6901 JSON pointer of the value
 * @param line the 1-based line where the value starts
 * @param column the 1-based column where the value starts
 */
public record ModelPosition(String sourceName, String pointer, int line, int column) {
    /**
     * @param problem what is wrong, as a sentence
     * @param remedy what to do about it, as a sentence
     * @return an exception that reports the problem at this position
     */
    public ModelException error(String problem, String remedy) {
        return new ModelException(this, problem, remedy);
    }

    /**
     * Escapes one reference token of a JSON pointer (RFC 6901: {@code ~} → {@code ~0}, {@code /} → {@code ~1}).
     *
     * @param token a key or index
     * @return the escaped token
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
