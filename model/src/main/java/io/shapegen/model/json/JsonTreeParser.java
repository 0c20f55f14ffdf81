package io.shapegen.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.shapegen.model.ModelException;
import io.shapegen.model.ModelPosition;
import io.shapegen.model.ModelSource;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a JSON document into {@link JsonValue}s that know their JSON pointer, line and column.
 *
 * <p>The parse is iterative, so a deeply nested document cannot exhaust the stack; nesting beyond
 * {@link #MAX_DEPTH} and duplicate keys are reported as located errors.
 */
public final class JsonTreeParser {
    /** Service models nest a handful of levels; anything this deep is a broken or hostile file. */
    public static final int MAX_DEPTH = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonTreeParser() {
    }

    /**
     * @param source the document
     * @return its root value
     * @throws ModelException if the bytes are not one well-formed JSON document
     */
    public static JsonValue parse(ModelSource source) {
        try (JsonParser parser = FACTORY.createParser(source.content())) {
            try {
                return new Run(source.name(), parser).root();
            } catch (StreamConstraintsException e) {
                // The constraint exception carries no location; the parser knows where it stopped.
                throw located(source.name(), parser.currentLocation(), "the JSON nests deeper than " + MAX_DEPTH
                        + " levels, far beyond any service model.", "Check that the file is a botocore service model.");
            }
        } catch (JsonProcessingException e) {
            throw located(source.name(), e.getLocation(), "the file is not well-formed JSON: " + e.getOriginalMessage() + ".",
                    "Fix the JSON syntax at that line and column.");
        } catch (IOException e) {
            throw new ModelException(source.name(), "", 0, 0, "the file cannot be read: " + e.getMessage() + ".",
                    "Check that the file is readable.");
        }
    }

    private static ModelException located(String sourceName, JsonLocation location, String problem, String remedy) {
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new ModelException(sourceName, "", line, column, problem, remedy);
    }

    /** One parse: a stack of open containers instead of recursion. */
    private static final class Run {
        private final String sourceName;
        private final JsonParser parser;
        private final Deque<Container> open = new ArrayDeque<>();

        Run(String sourceName, JsonParser parser) {
            this.sourceName = sourceName;
            this.parser = parser;
        }

        JsonValue root() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ModelException(sourceName, "", 1, 1, "the file is empty.", "Supply a botocore JSON document.");
            }
            JsonValue root = null;
            while (token != null) {
                JsonValue finished = step(token);
                if (finished != null && open.isEmpty()) {
                    root = finished;
                    break;
                }
                token = parser.nextToken();
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw located(sourceName, parser.currentTokenLocation(), "there is more content after the JSON document ends.",
                        "Remove everything after the closing brace.");
            }
            return root;
        }

        /** Handles one token; returns a value when one completes at the top level or into a container. */
        private JsonValue step(JsonToken token) throws IOException {
            switch (token) {
                case FIELD_NAME -> {
                    ((ObjectContainer) open.peek()).key(parser.currentName(), position(""));
                    return null;
                }
                case START_OBJECT -> {
                    open.push(new ObjectContainer(position(childPointer())));
                    return null;
                }
                case START_ARRAY -> {
                    open.push(new ArrayContainer(position(childPointer())));
                    return null;
                }
                case END_OBJECT, END_ARRAY -> {
                    return attach(open.pop().finish());
                }
                default -> {
                    return attach(scalar(token, position(childPointer())));
                }
            }
        }

        private JsonValue scalar(JsonToken token, ModelPosition position) throws IOException {
            return switch (token) {
                case VALUE_STRING -> new JsonString(parser.getText(), position);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), position);
                case VALUE_TRUE -> new JsonBoolean(true, position);
                case VALUE_FALSE -> new JsonBoolean(false, position);
                default -> new JsonNull(position);
            };
        }

        private JsonValue attach(JsonValue value) {
            Container parent = open.peek();
            if (parent != null) {
                parent.add(value);
            }
            return value;
        }

        private String childPointer() {
            Container parent = open.peek();
            return parent == null ? "" : parent.childPointer();
        }

        private ModelPosition position(String pointer) {
            JsonLocation location = parser.currentTokenLocation();
            return new ModelPosition(sourceName, pointer, location.getLineNr(), location.getColumnNr());
        }

        private sealed interface Container permits ObjectContainer, ArrayContainer {
            String childPointer();

            void add(JsonValue value);

            JsonValue finish();
        }

        private final class ObjectContainer implements Container {
            private final ModelPosition position;
            private final Map<String, JsonValue> members = new LinkedHashMap<>();
            private String key;

            ObjectContainer(ModelPosition position) {
                this.position = position;
            }

            void key(String name, ModelPosition at) {
                if (members.containsKey(name)) {
                    String pointer = position.pointer() + "/" + ModelPosition.escape(name);
                    throw new ModelException(sourceName, pointer, at.line(), at.column(),
                            "the key \"" + name + "\" appears twice in the same object.",
                            "Keep one of the two entries.");
                }
                key = name;
            }

            @Override
            public String childPointer() {
                return position.pointer() + "/" + ModelPosition.escape(key);
            }

            @Override
            public void add(JsonValue value) {
                members.put(key, value);
            }

            @Override
            public JsonValue finish() {
                return new JsonObject(members, position);
            }
        }

        private static final class ArrayContainer implements Container {
            private final ModelPosition position;
            private final List<JsonValue> elements = new ArrayList<>();

            ArrayContainer(ModelPosition position) {
                this.position = position;
            }

            @Override
            public String childPointer() {
                return position.pointer() + "/" + elements.size();
            }

            @Override
            public void add(JsonValue value) {
                elements.add(value);
            }

            @Override
            public JsonValue finish() {
                return new JsonArray(elements, position);
            }
        }
    }
}
