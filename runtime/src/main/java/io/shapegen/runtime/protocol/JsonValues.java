package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.SdkBytes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Reads and writes the scalar values of the AWS JSON protocols on jackson-core's streaming API. Each
 * reader expects the parser on the value's token and fails with a message naming the JSON pointer of the
 * value and the type expected, never the value itself (it may be sensitive).
 */
public final class JsonValues {
    private JsonValues() {
    }

    /**
     * @param parser the parser
     * @throws IOException if the current token is not the start of an object
     */
    public static void expectObject(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "an object");
    }

    /**
     * @param parser the parser
     * @throws IOException if the current token is not the start of an array
     */
    public static void expectArray(JsonParser parser) throws IOException {
        expect(parser, JsonToken.START_ARRAY, "an array");
    }

    /**
     * @param parser on a string
     * @return the string
     * @throws IOException if the value is not a string
     */
    public static String readString(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_STRING, "a string");
        return parser.getText();
    }

    /**
     * @param parser on an integer number
     * @return the number
     * @throws IOException if the value is not an integer within range
     */
    public static Integer readInteger(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer");
        return parser.getIntValue();
    }

    /**
     * @param parser on an integer number
     * @return the number
     * @throws IOException if the value is not an integer within range
     */
    public static Long readLong(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer");
        return parser.getLongValue();
    }

    /**
     * @param parser on an integer number
     * @return the number
     * @throws IOException if the value is not an integer within range
     */
    public static Short readShort(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer");
        return parser.getShortValue();
    }

    /**
     * @param parser on an integer number
     * @return the number
     * @throws IOException if the value is not an integer within range
     */
    public static Byte readByte(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer");
        int value = parser.getIntValue();
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
            throw new JsonParseException(parser, "Expected a byte (-128 to 127) at " + where(parser) + ".");
        }
        return (byte) value;
    }

    /**
     * @param parser on a number, or a string {@code NaN}, {@code Infinity}, {@code -Infinity}
     * @return the number
     * @throws IOException if the value is none of these
     */
    public static Float readFloat(JsonParser parser) throws IOException {
        return FloatValues.readFloat(parser);
    }

    /**
     * @param parser on a number, or a string {@code NaN}, {@code Infinity}, {@code -Infinity}
     * @return the number
     * @throws IOException if the value is none of these
     */
    public static Double readDouble(JsonParser parser) throws IOException {
        return FloatValues.readDouble(parser);
    }

    /**
     * @param parser on a number
     * @return the number, exactly
     * @throws IOException if the value is not a number
     */
    public static BigDecimal readBigDecimal(JsonParser parser) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw mismatch(parser, "a number");
        }
        return parser.getDecimalValue();
    }

    /**
     * @param parser on an integer number
     * @return the number
     * @throws IOException if the value is not an integer
     */
    public static BigInteger readBigInteger(JsonParser parser) throws IOException {
        expect(parser, JsonToken.VALUE_NUMBER_INT, "an integer");
        return parser.getBigIntegerValue();
    }

    /**
     * @param parser on {@code true} or {@code false}
     * @return the boolean
     * @throws IOException if the value is not a boolean
     */
    public static Boolean readBoolean(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw mismatch(parser, "true or false");
    }

    /**
     * @param parser on a base64 string
     * @return the bytes
     * @throws IOException if the value is not a base64 string
     */
    public static SdkBytes readBlob(JsonParser parser) throws IOException {
        String text = readString(parser);
        try {
            return Base64Text.decode(text, where(parser));
        } catch (IllegalArgumentException e) {
            throw new JsonParseException(parser, e.getMessage(), e);
        }
    }

    /**
     * Reads a timestamp: a number is seconds since the epoch whatever the format; a string is read in
     * {@code format}.
     *
     * @param parser on a number or a string
     * @param format the member's format for string values
     * @return the timestamp
     * @throws IOException if the value is neither, or not in the format
     */
    public static Instant readTimestamp(JsonParser parser, TimestampFormat format) throws IOException {
        JsonToken token = parser.currentToken();
        try {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(parser.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return TimestampFormat.fromEpochSeconds(parser.getDecimalValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                return format.parse(parser.getText());
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw new JsonParseException(parser, "Expected a " + format.modelName() + " timestamp at " + where(parser)
                    + ".", e);
        }
        throw mismatch(parser, "a timestamp");
    }

    /**
     * @param generator where to write
     * @param value the timestamp
     * @param format a number of seconds for {@link TimestampFormat#EPOCH_SECONDS}, else a string
     * @throws IOException if the generator fails
     */
    public static void writeTimestamp(JsonGenerator generator, Instant value, TimestampFormat format)
            throws IOException {
        if (format != TimestampFormat.EPOCH_SECONDS) {
            generator.writeString(format.format(value));
        } else if (value.getNano() == 0) {
            generator.writeNumber(value.getEpochSecond());
        } else {
            generator.writeNumber(TimestampFormat.toEpochSeconds(value));
        }
    }

    /**
     * @param generator where to write
     * @param value the bytes, written as a base64 string
     * @throws IOException if the generator fails
     */
    public static void writeBlob(JsonGenerator generator, SdkBytes value) throws IOException {
        generator.writeString(value.asBase64());
    }

    private static void expect(JsonParser parser, JsonToken token, String what) throws IOException {
        if (parser.currentToken() != token) {
            throw mismatch(parser, what);
        }
    }

    private static JsonParseException mismatch(JsonParser parser, String what) {
        return new JsonParseException(parser, "Expected " + what + " at " + where(parser) + " but found "
                + describe(parser.currentToken()) + ".");
    }

    /** @return the JSON pointer of the current value, or {@code /} for the top level */
    private static String where(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the body";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }
}
