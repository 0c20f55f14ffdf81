package io.shapegen.generator.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.StructureSpec;
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
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Example Java code that builds a request: {@code X.builder()}, one setter per member with a placeholder value
 * ({@code "string"}, {@code 123}, the first enum constant, nested builders, {@code List.of}, {@code Map.of}),
 * {@code .build()}. A structure already being built further out, or nested too deep, is built empty with a
 * comment instead of being expanded again.
 */
final class BuilderChain {
    static final String INDENT = "    ";

    private final DocsIndex index;
    private final NestedShapes shapes;

    BuilderChain(DocsIndex index) {
        this.index = index;
        this.shapes = new NestedShapes(index.service().model());
    }

    /**
     * @param spec the class to build
     * @param level the indentation level of the line the chain starts on
     * @return the chain with every member, commented with {@code required} and the enum constants
     */
    String everyMember(StructureSpec spec, int level) {
        return structure(spec, level, new ArrayDeque<>(List.of(spec.shape().name())), false);
    }

    /**
     * @param spec the class to build
     * @param level the indentation level of the line the chain starts on
     * @return the chain with the required members only (idempotency tokens are filled automatically and left out)
     */
    String requiredMembers(StructureSpec spec, int level) {
        return structure(spec, level, new ArrayDeque<>(List.of(spec.shape().name())), true);
    }

    private String structure(StructureSpec spec, int level, Deque<String> path, boolean requiredOnly) {
        String simple = DocsIndex.simpleName(spec.className());
        StringBuilder out = new StringBuilder(simple).append(".builder()");
        String pad = INDENT.repeat(level + 1);
        for (MemberSpec member : spec.members()) {
            boolean required = member.member().required();
            if (requiredOnly && (!required || member.member().traits().idempotencyToken())) {
                continue;
            }
            Value value = value(member.target(), setterType(member), level + 1, path, requiredOnly);
            List<String> comments = new ArrayList<>();
            if (!requiredOnly && required) {
                comments.add("required");
            }
            if (!requiredOnly && member.member().traits().idempotencyToken()) {
                comments.add("auto-filled if absent");
            }
            if (!requiredOnly && member.member().traits().deprecated()) {
                comments.add("deprecated");
            }
            if (!requiredOnly) {
                alternatives(member).ifPresent(comments::add);
            }
            value.note().ifPresent(comments::add);
            String call = pad + "." + member.setterName() + "(" + value.code() + ")";
            out.append('\n').append(withComment(call, comments));
        }
        return out.append('\n').append(pad).append(".build()").toString();
    }

    /** The type the example's setter takes: enums as enum constants, everything else as stored. */
    private static TypeName setterType(MemberSpec member) {
        return switch (member.kind()) {
            case ENUM, ENUM_LIST -> member.accessorType();
            default -> member.storageType();
        };
    }

    private Optional<String> alternatives(MemberSpec member) {
        return shapes.enumWithin(member.target()).map(enumShape -> {
            Optional<EnumSpec> spec = index.enumSpec(enumShape.name());
            boolean constants = member.enumClass().isPresent() && spec.isPresent();
            return constants ? spec.get().constants().stream().map(EnumSpec.Constant::name).collect(Collectors.joining(" | "))
                    : enumShape.enumValues().stream().map(BuilderChain::javaString).collect(Collectors.joining(" | "));
        }).map(BuilderChain::commentText);
    }

    /** Puts the comment at the end of the call's first line, where a reader looks for it. */
    static String withComment(String call, List<String> comments) {
        if (comments.isEmpty()) {
            return call;
        }
        String comment = "  // " + String.join("; ", comments);
        int lineEnd = call.indexOf('\n');
        return lineEnd < 0 ? call + comment : call.substring(0, lineEnd) + comment + call.substring(lineEnd);
    }

    /** A placeholder value and, when it was cut short, why. */
    private record Value(String code, Optional<String> note) {
        Value(String code) {
            this(code, Optional.empty());
        }
    }

    private Value value(Shape shape, TypeName type, int level, Deque<String> path, boolean requiredOnly) {
        if (shape instanceof StructureShape structure) {
            Optional<StructureSpec> spec = index.structure(structure.name());
            if (spec.isEmpty()) {
                return new Value("null");
            }
            String simple = DocsIndex.simpleName(spec.get().className());
            if (path.contains(structure.name())) {
                return new Value(simple + ".builder().build()", Optional.of("recursive: " + simple + " again, see above"));
            }
            if (level >= FieldRows.MAX_DEPTH) {
                return new Value(simple + ".builder().build()", Optional.of("nested too deep to expand: see " + simple));
            }
            path.push(structure.name());
            String code = structure(spec.get(), level, path, requiredOnly);
            path.pop();
            return new Value(code);
        }
        if (shape instanceof ListShape list) {
            Value element = value(shapes.shape(list.member().target()), typeArgument(type, 0), level, path, requiredOnly);
            return new Value("List.of(" + element.code() + ")", element.note());
        }
        if (shape instanceof MapShape map) {
            Shape keyShape = shapes.shape(map.key().target());
            String key = keyShape instanceof StringShape string && string.isEnum()
                    ? javaString(string.enumValues().get(0)) : "\"string\"";
            Value value = value(shapes.shape(map.value().target()), typeArgument(type, 1), level, path, requiredOnly);
            return new Value("Map.of(" + key + ", " + value.code() + ")", value.note());
        }
        return new Value(scalar(shape, type));
    }

    private static TypeName typeArgument(TypeName type, int position) {
        if (type instanceof ParameterizedTypeName parameterized && parameterized.typeArguments().size() > position) {
            return parameterized.typeArguments().get(position);
        }
        return type;
    }

    private String scalar(Shape shape, TypeName type) {
        if (shape instanceof StringShape string) {
            if (!string.isEnum()) {
                return "\"string\"";
            }
            Optional<EnumSpec> spec = index.enumSpec(string.name());
            if (spec.isPresent() && type instanceof ClassName className && className.equals(spec.get().className())
                    && !spec.get().constants().isEmpty()) {
                return DocsIndex.simpleName(className) + "." + spec.get().constants().get(0).name();
            }
            return javaString(string.enumValues().get(0));
        }
        if (shape instanceof IntegerShape) {
            return "123";
        } else if (shape instanceof LongShape) {
            return "123L";
        } else if (shape instanceof ShortShape) {
            return "(short) 123";
        } else if (shape instanceof ByteShape) {
            return "(byte) 1";
        } else if (shape instanceof FloatShape) {
            return "123.0f";
        } else if (shape instanceof DoubleShape) {
            return "123.0";
        } else if (shape instanceof BigDecimalShape) {
            return "new BigDecimal(\"123.45\")";
        } else if (shape instanceof BigIntegerShape) {
            return "BigInteger.valueOf(123)";
        } else if (shape instanceof BooleanShape) {
            return "true";
        } else if (shape instanceof TimestampShape) {
            return "Instant.parse(\"2015-01-01T00:00:00Z\")";
        } else if (shape instanceof BlobShape) {
            return "SdkBytes.fromUtf8String(\"data\")";
        } else if (shape instanceof DocumentShape) {
            return "new Document.Text(\"string\")";
        }
        return "null";
    }

    /** @param value any text @return a Java string literal of it */
    static String javaString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** @param text a comment's text @return the text on one line */
    static String commentText(String text) {
        return MarkdownText.collapseWhitespace(text).strip();
    }
}
