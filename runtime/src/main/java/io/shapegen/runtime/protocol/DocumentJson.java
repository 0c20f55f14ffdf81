package io.shapegen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shapegen.runtime.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Document} values as JSON. Nesting is bounded by jackson-core's nesting limit on reading, so a
 * hostile body cannot exhaust the stack.
 */
public final class DocumentJson {
    private DocumentJson() {
    }

    /**
     * @param generator where to write
     * @param document the document
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator generator, Document document) throws IOException {
        if (document instanceof Document.Text text) {
            generator.writeString(text.value());
        } else if (document instanceof Document.Number number) {
            generator.writeNumber(number.value());
        } else if (document instanceof Document.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (document instanceof Document.ListValue list) {
            generator.writeStartArray();
            for (Document element : list.values()) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (document instanceof Document.MapValue map) {
            generator.writeStartObject();
            for (Map.Entry<String, Document> entry : map.values().entrySet()) {
                generator.writeFieldName(entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else {
            generator.writeNull();
        }
    }

    /**
     * @param parser on the document's first token
     * @return the document; {@link Document#fromNull()} for a JSON {@code null}
     * @throws IOException if the JSON is malformed
     */
    public static Document read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "Expected a JSON value but found the end of the body.");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Document> values = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    values.put(name, read(parser));
                }
                return Document.fromMap(values);
            }
            case START_ARRAY: {
                List<Document> values = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(read(parser));
                }
                return Document.fromList(values);
            }
            case VALUE_STRING:
                return Document.fromString(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Document.fromNumber(parser.getDecimalValue());
            case VALUE_TRUE:
                return Document.fromBoolean(true);
            case VALUE_FALSE:
                return Document.fromBoolean(false);
            case VALUE_NULL:
                return Document.fromNull();
            default:
                throw new JsonParseException(parser, "Expected a JSON value but found " + token + ".");
        }
    }
}
