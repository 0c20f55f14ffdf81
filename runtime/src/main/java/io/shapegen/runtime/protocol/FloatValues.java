package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Floats and doubles as the AWS JSON protocols carry them: numbers, except that NaN and the
 * infinities travel as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, in
 * bodies as well as in headers and query strings.
 */
public final class FloatValues {
    private FloatValues() {
    }

    /**
     * @param value a double
     * @return its text for a header or query string: {@code NaN}, {@code Infinity}, {@code -Infinity}, or the number
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return Double.toString(value);
    }

    /**
     * @param value a float
     * @return its text for a header or query string
     */
    public static String format(float value) {
        return Float.isNaN(value) || Float.isInfinite(value) ? format((double) value) : Float.toString(value);
    }

    /**
     * @param text {@code NaN}, {@code Infinity}, {@code -Infinity} or a number
     * @return the double
     * @throws IllegalArgumentException if the text is none of these
     */
    public static double parseDouble(String text) {
        switch (text.trim()) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a number; expected digits, NaN,"
                            + " Infinity or -Infinity.", e);
                }
        }
    }

    /**
     * @param generator where to write
     * @param value the value: a JSON number, or a string for NaN and the infinities
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator generator, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            generator.writeString(format(value));
        } else {
            generator.writeNumber(value);
        }
    }

    /**
     * @param generator where to write
     * @param value the value: a JSON number, or a string for NaN and the infinities
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator generator, float value) throws IOException {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            generator.writeString(format(value));
        } else {
            generator.writeNumber(value);
        }
    }

    /**
     * @param parser positioned on a number or a string token
     * @return the double it holds
     * @throws IOException if the token is neither, or the string is not a number
     */
    public static double readDouble(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return parseDouble(parser.getText());
            } catch (IllegalArgumentException e) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, e.getMessage(), e);
            }
        }
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "Expected a number (or \"NaN\","
                + " \"Infinity\", \"-Infinity\") but found " + token + ".");
    }

    /**
     * @param parser positioned on a number or a string token
     * @return the float it holds
     * @throws IOException if the token is neither, or the string is not a number
     */
    public static float readFloat(JsonParser parser) throws IOException {
        return (float) readDouble(parser);
    }
}
