package io.shapegen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import io.shapegen.runtime.Document;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON bodies and values: writing, reading, and errors that say where without saying what. */
class JsonBodiesTest {
    @Test
    void documentsRoundTrip() throws IOException {
        Document document = Document.fromMap(Map.of("list", Document.fromList(List.of(Document.fromBoolean(true),
                Document.fromNumber(new BigDecimal("1.5")), Document.fromNull(), Document.fromString("x")))));
        byte[] json = JsonBodies.toBytes("Op", document, DocumentJson::write);
        assertEquals("{\"list\":[true,1.5,null,\"x\"]}", new String(json, StandardCharsets.UTF_8));
        List<Document> read = new ArrayList<>();
        JsonBodies.read(json, read, (parser, target) -> target.add(DocumentJson.read(parser)));
        assertEquals(document, read.get(0));
    }

    @Test
    void timestampsAreEpochSecondsWithMillisecondsOrTheFormatAsked() throws IOException {
        Instant time = Instant.parse("2014-04-29T18:30:38.123Z");
        assertEquals("[1398796238.123,\"2014-04-29T18:30:38.123Z\",1398796238]", new String(JsonBodies.toBytes("Op", time,
                (g, value) -> {
                    g.writeStartArray();
                    JsonValues.writeTimestamp(g, value, TimestampFormat.EPOCH_SECONDS);
                    JsonValues.writeTimestamp(g, value, TimestampFormat.ISO_8601);
                    JsonValues.writeTimestamp(g, Instant.ofEpochSecond(1398796238), TimestampFormat.EPOCH_SECONDS);
                    g.writeEndArray();
                }), StandardCharsets.UTF_8));
        List<Instant> read = new ArrayList<>();
        JsonBodies.read("[1398796238.123, \"2014-04-29T20:30:38.123+02:00\"]".getBytes(StandardCharsets.UTF_8), read,
                (p, target) -> {
                    p.nextToken();
                    target.add(JsonValues.readTimestamp(p, TimestampFormat.EPOCH_SECONDS));
                    p.nextToken();
                    target.add(JsonValues.readTimestamp(p, TimestampFormat.ISO_8601));
                    p.nextToken();
                });
        assertEquals(List.of(time, time), read);
    }

    @Test
    void aBlankBodyIsNotReadAndTrailingContentIsAnError() throws IOException {
        List<String> seen = new ArrayList<>();
        JsonBodies.read(" \n".getBytes(StandardCharsets.UTF_8), seen, (p, target) -> target.add("called"));
        assertEquals(List.of(), seen);
        assertThrows(JsonParseException.class, () -> JsonBodies.read("{} {}".getBytes(StandardCharsets.UTF_8), seen,
                (p, target) -> p.skipChildren()));
    }

    @Test
    void aMismatchNamesThePointerButNotTheValue() {
        JsonParseException error = assertThrows(JsonParseException.class, () -> JsonBodies.read(
                "{\"Outer\":{\"Name\":{\"secret\":\"hunter2\"}}}".getBytes(StandardCharsets.UTF_8), new Object(),
                (p, target) -> {
                    p.nextToken();
                    p.nextToken();
                    p.nextToken();
                    p.nextToken();
                    JsonValues.readString(p);
                }));
        assertEquals("Expected a string at /Outer/Name but found an object.", error.getOriginalMessage());
    }
}
