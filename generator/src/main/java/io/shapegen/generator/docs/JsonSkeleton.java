package io.shapegen.generator.docs;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.BigDecimalShape;
import io.shapegen.model.shape.BigIntegerShape;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.BooleanShape;
import io.shapegen.model.shape.ByteShape;
import io.shapegen.model.shape.DocumentShape;
import io.shapegen.model.shape.DoubleShape;
import io.shapegen.model.shape.FloatShape;
import io.shapegen.model.shape.IntegerShape;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.LongShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampFormat;
import io.shapegen.model.shape.TimestampShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON body a service answers with, as an example: wire names, placeholder values, the first enum value. A
 * structure already open further out, or nested too deep, is shown as {@code {}}.
 */
final class JsonSkeleton {
    private static final String INDENT = "    ";

    private final ServiceModel model;

    JsonSkeleton(ServiceModel model) {
        this.model = model;
    }

    /** @param body the members in the body @param owner the structure they belong to @return the JSON example */
    String of(List<Member> body, StructureShape owner) {
        Deque<String> path = new ArrayDeque<>(List.of(owner.name()));
        return members(body, 0, path);
    }

    /** @param structure a response structure @return the members that travel in the JSON body */
    static List<Member> bodyMembers(StructureShape structure) {
        return structure.members().stream().filter(m -> m.location() == MemberLocation.BODY).toList();
    }

    private String members(List<Member> members, int level, Deque<String> path) {
        if (members.isEmpty()) {
            return "{}";
        }
        List<String> lines = new ArrayList<>();
        for (Member member : members) {
            lines.add(INDENT.repeat(level + 1) + string(member.wireName()) + ": "
                    + value(model.shape(member.target()), member, level + 1, path));
        }
        return "{\n" + String.join(",\n", lines) + "\n" + INDENT.repeat(level) + "}";
    }

    private String value(Shape shape, Member member, int level, Deque<String> path) {
        if (shape instanceof StructureShape structure) {
            if (path.contains(structure.name()) || level >= FieldRows.MAX_DEPTH) {
                return "{}";
            }
            path.push(structure.name());
            String json = members(structure.members(), level, path);
            path.pop();
            return json;
        }
        if (shape instanceof ListShape list) {
            Member element = list.member();
            String value = value(model.shape(element.target()), element, level + 1, path);
            return "[\n" + INDENT.repeat(level + 1) + value + "\n" + INDENT.repeat(level) + "]";
        }
        if (shape instanceof MapShape map) {
            Shape keyShape = model.shape(map.key().target());
            String key = keyShape instanceof StringShape string && string.isEnum() ? string.enumValues().get(0) : "string";
            String value = value(model.shape(map.value().target()), map.value(), level + 1, path);
            return "{\n" + INDENT.repeat(level + 1) + string(key) + ": " + value + "\n" + INDENT.repeat(level) + "}";
        }
        return scalar(shape, member);
    }

    private String scalar(Shape shape, Member member) {
        if (shape instanceof StringShape string) {
            return string(string.isEnum() ? string.enumValues().get(0) : "string");
        } else if (shape instanceof IntegerShape || shape instanceof LongShape || shape instanceof ShortShape
                || shape instanceof BigIntegerShape) {
            return "123";
        } else if (shape instanceof ByteShape) {
            return "1";
        } else if (shape instanceof FloatShape || shape instanceof DoubleShape || shape instanceof BigDecimalShape) {
            return "123.0";
        } else if (shape instanceof BooleanShape) {
            return "true";
        } else if (shape instanceof BlobShape) {
            return string("base64-encoded bytes");
        } else if (shape instanceof DocumentShape) {
            return "{}";
        } else if (shape instanceof TimestampShape timestamp) {
            Optional<TimestampFormat> format = member.traits().timestampFormat().or(timestamp::timestampFormat);
            TimestampFormat effective = format.orElse(defaultTimestampFormat());
            return switch (effective) {
                case ISO8601 -> string("2015-01-01T00:00:00Z");
                case RFC822 -> string("Thu, 01 Jan 2015 00:00:00 GMT");
                case UNIX_TIMESTAMP -> "1420070400";
            };
        }
        return "null";
    }

    private TimestampFormat defaultTimestampFormat() {
        String protocol = model.metadata().protocol().toLowerCase(Locale.ROOT);
        return protocol.equals("json") || protocol.equals("rest-json") || protocol.contains("cbor")
                ? TimestampFormat.UNIX_TIMESTAMP : TimestampFormat.ISO8601;
    }

    /** @param text any text @return a JSON string of it */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
