package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FloatValuesTest {
    @Test
    void specialValuesTravelAsStrings() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = SharedJsonFactory.get().createGenerator(out)) {
            generator.writeStartArray();
            FloatValues.write(generator, Double.NaN);
            FloatValues.write(generator, Double.POSITIVE_INFINITY);
            FloatValues.write(generator, Float.NEGATIVE_INFINITY);
            FloatValues.write(generator, 1.5);
            FloatValues.write(generator, 1.1f);
            generator.writeEndArray();
        }
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\",1.5,1.1]", out.toString());
    }

    @Test
    void readsNumbersAndSpecialStrings() throws IOException {
        try (JsonParser parser = SharedJsonFactory.get().createParser("[\"NaN\",\"Infinity\",\"-Infinity\",2,2.5]")) {
            parser.nextToken();
            parser.nextToken();
            assertTrue(Double.isNaN(FloatValues.readDouble(parser)));
            parser.nextToken();
            assertEquals(Double.POSITIVE_INFINITY, FloatValues.readDouble(parser));
            parser.nextToken();
            assertEquals(Float.NEGATIVE_INFINITY, FloatValues.readFloat(parser));
            parser.nextToken();
            assertEquals(2.0, FloatValues.readDouble(parser));
            parser.nextToken();
            assertEquals(2.5f, FloatValues.readFloat(parser));
        }
    }

    @Test
    void headerAndQueryForms() {
        assertEquals("NaN", FloatValues.format(Double.NaN));
        assertEquals("-Infinity", FloatValues.format(Float.NEGATIVE_INFINITY));
        assertEquals("1.1", FloatValues.format(1.1f));
        assertEquals(Double.POSITIVE_INFINITY, FloatValues.parseDouble("Infinity"));
        assertThrows(IllegalArgumentException.class, () -> FloatValues.parseDouble("many"));
    }
}
