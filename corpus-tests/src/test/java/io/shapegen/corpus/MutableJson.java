package io.shapegen.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON as plain mutable maps and lists, for building broken models. Writing is iterative (deep nesting is a case). */
final class MutableJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).maxStringLength(50_000_000).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
            .build();

    private MutableJson() {
    }

    static Object parse(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            Deque<Object> stack = new ArrayDeque<>();
            Deque<String> keys = new ArrayDeque<>();
            Object root = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Object value;
                switch (token) {
                    case START_OBJECT -> {
                        stack.push(new LinkedHashMap<String, Object>());
                        continue;
                    }
                    case START_ARRAY -> {
                        stack.push(new ArrayList<Object>());
                        continue;
                    }
                    case FIELD_NAME -> {
                        keys.push(parser.currentName());
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> value = stack.pop();
                    case VALUE_STRING -> value = parser.getText();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = parser.getDecimalValue();
                    case VALUE_TRUE -> value = Boolean.TRUE;
                    case VALUE_FALSE -> value = Boolean.FALSE;
                    default -> value = null;
                }
                if (stack.isEmpty()) {
                    root = value;
                } else if (stack.peek() instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> object = (Map<String, Object>) map;
                    object.put(keys.pop(), value);
                } else {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) stack.peek();
                    list.add(value);
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            Deque<Object> pending = new ArrayDeque<>();
            pending.push(value);
            while (!pending.isEmpty()) {
                Object next = pending.pop();
                if (next instanceof Marker marker) {
                    if (marker == Marker.END_OBJECT) {
                        json.writeEndObject();
                    } else {
                        json.writeEndArray();
                    }
                } else if (next instanceof FieldName name) {
                    json.writeFieldName(name.name());
                } else if (next instanceof Map<?, ?> map) {
                    json.writeStartObject();
                    pending.push(Marker.END_OBJECT);
                    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        pending.push(entries.get(i).getValue() == null ? NullValue.INSTANCE : entries.get(i).getValue());
                        pending.push(new FieldName((String) entries.get(i).getKey()));
                    }
                } else if (next instanceof List<?> list) {
                    json.writeStartArray();
                    pending.push(Marker.END_ARRAY);
                    for (int i = list.size() - 1; i >= 0; i--) {
                        pending.push(list.get(i) == null ? NullValue.INSTANCE : list.get(i));
                    }
                } else if (next instanceof String text) {
                    json.writeString(text);
                } else if (next instanceof BigDecimal number) {
                    json.writeNumber(number);
                } else if (next instanceof Number number) {
                    json.writeNumber(number.longValue());
                } else if (next instanceof Boolean bool) {
                    json.writeBoolean(bool);
                } else {
                    json.writeNull();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A deep copy, iterative so that a value nested 10,000 levels deep can be copied. */
    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (!(value instanceof Map) && !(value instanceof List)) {
            return value;
        }
        Object root = shallowCopy(value);
        Deque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {value, root});
        while (!pending.isEmpty()) {
            Object[] pair = pending.pop();
            if (pair[0] instanceof Map<?, ?> from) {
                Map<String, Object> to = (Map<String, Object>) pair[1];
                for (Map.Entry<?, ?> entry : from.entrySet()) {
                    Object copy = shallowCopy(entry.getValue());
                    to.put((String) entry.getKey(), copy);
                    if (copy != entry.getValue()) {
                        pending.push(new Object[] {entry.getValue(), copy});
                    }
                }
            } else {
                List<Object> to = (List<Object>) pair[1];
                for (Object element : (List<?>) pair[0]) {
                    Object copy = shallowCopy(element);
                    to.add(copy);
                    if (copy != element) {
                        pending.push(new Object[] {element, copy});
                    }
                }
            }
        }
        return root;
    }

    /** An empty container of the same kind, or the value itself for a scalar. */
    private static Object shallowCopy(Object value) {
        if (value instanceof Map) {
            return new LinkedHashMap<String, Object>();
        }
        if (value instanceof List) {
            return new ArrayList<Object>();
        }
        return value;
    }

    private enum Marker { END_OBJECT, END_ARRAY }

    private enum NullValue { INSTANCE }

    private record FieldName(String name) {
    }
}
