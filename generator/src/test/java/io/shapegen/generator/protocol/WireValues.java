package io.shapegen.generator.protocol;

import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonBoolean;
import io.shapegen.model.json.JsonNull;
import io.shapegen.model.json.JsonNumber;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonString;
import io.shapegen.model.json.JsonValue;
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
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampShape;
import io.shapegen.runtime.Document;
import io.shapegen.runtime.SdkBytes;
import io.shapegen.runtime.protocol.TimestampFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the conformance data and generated classes, by reflection in the test only, with the
 * names the spec decided: {@code params} become requests through the generated builders; responses and
 * exceptions become plain values (maps, lists, strings, stripped BigDecimals) comparable with {@code result}.
 * Conventions of the data: timestamps are epoch seconds, blobs are UTF-8 strings, NaN and the infinities are
 * strings.
 */
final class WireValues {
    private final ServiceSpec spec;
    private final ServiceModel model;
    private final ClassLoader loader;

    WireValues(ServiceSpec spec, ClassLoader loader) {
        this.spec = spec;
        this.model = spec.model();
        this.loader = loader;
    }

    // ---- params to Java ----

    Object structure(StructureSpec structure, JsonObject params) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass(structure.className().reflectionName());
        Object builder = type.getMethod("builder").invoke(null);
        for (Map.Entry<String, JsonValue> param : params.members().entrySet()) {
            if (param.getValue() instanceof JsonNull) {
                continue;
            }
            MemberSpec member = structure.members().stream().filter(m -> m.member().name().equals(param.getKey()))
                    .findFirst().orElseThrow(() -> new AssertionError("no member " + param.getKey() + " in "
                            + structure.className()));
            Object value = java(member.target(), param.getValue());
            String setter = member.withStringsName().orElse(member.name());
            set(builder, setter, value);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private Object java(Shape shape, JsonValue json) throws ReflectiveOperationException {
        if (shape instanceof StructureShape structure) {
            return structure(structureSpec(structure.name()), (JsonObject) json);
        } else if (shape instanceof ListShape list) {
            List<Object> values = new ArrayList<>();
            for (JsonValue element : ((JsonArray) json).elements()) {
                values.add(java(model.shape(list.member().target()), element));
            }
            return values;
        } else if (shape instanceof MapShape map) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : ((JsonObject) json).members().entrySet()) {
                values.put(entry.getKey(), java(model.shape(map.value().target()), entry.getValue()));
            }
            return values;
        } else if (shape instanceof DocumentShape) {
            return document(json);
        } else if (shape instanceof BlobShape) {
            return SdkBytes.fromUtf8String(((JsonString) json).value());
        } else if (shape instanceof TimestampShape) {
            return TimestampFormat.fromEpochSeconds(((JsonNumber) json).value());
        } else if (shape instanceof BooleanShape) {
            return ((JsonBoolean) json).value();
        } else if (shape instanceof FloatShape) {
            return json instanceof JsonString text ? (float) special(text.value()) : ((JsonNumber) json).value().floatValue();
        } else if (shape instanceof DoubleShape) {
            return json instanceof JsonString text ? special(text.value()) : ((JsonNumber) json).value().doubleValue();
        } else if (shape instanceof IntegerShape) {
            return ((JsonNumber) json).value().intValueExact();
        } else if (shape instanceof LongShape) {
            return ((JsonNumber) json).value().longValueExact();
        } else if (shape instanceof ShortShape) {
            return ((JsonNumber) json).value().shortValueExact();
        } else if (shape instanceof ByteShape) {
            return ((JsonNumber) json).value().byteValueExact();
        } else if (shape instanceof BigDecimalShape) {
            return ((JsonNumber) json).value();
        } else if (shape instanceof BigIntegerShape) {
            return ((JsonNumber) json).value().toBigIntegerExact();
        }
        return ((JsonString) json).value();
    }

    private static double special(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static Document document(JsonValue json) {
        if (json instanceof JsonObject object) {
            Map<String, Document> values = new LinkedHashMap<>();
            object.members().forEach((key, value) -> values.put(key, document(value)));
            return Document.fromMap(values);
        } else if (json instanceof JsonArray array) {
            return Document.fromList(array.elements().stream().map(WireValues::document).toList());
        } else if (json instanceof JsonString text) {
            return Document.fromString(text.value());
        } else if (json instanceof JsonNumber number) {
            return Document.fromNumber(number.value());
        } else if (json instanceof JsonBoolean bool) {
            return Document.fromBoolean(bool.value());
        }
        return Document.fromNull();
    }

    private static void set(Object builder, String setter, Object value) throws ReflectiveOperationException {
        for (Method method : builder.getClass().getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1
                    && !method.getParameterTypes()[0].isArray() && box(method.getParameterTypes()[0]).isInstance(value)) {
                method.invoke(builder, value);
                return;
            }
        }
        throw new AssertionError("no setter " + setter + " on " + builder.getClass().getName() + " takes " + value.getClass());
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private StructureSpec structureSpec(String shapeName) {
        return spec.structures().stream().filter(s -> s.shape().name().equals(shapeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no class for structure " + shapeName));
    }

    // ---- Java to plain values ----

    /** @return the present members of a generated object, by model name, as plain values */
    Map<String, Object> plainMembers(List<MemberSpec> members, Object value) throws ReflectiveOperationException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (MemberSpec member : members) {
            if (member.hasName().isPresent() && !(Boolean) call(value, member.hasName().get())) {
                continue;
            }
            Object memberValue = call(value, member.asStringName().orElse(member.name()));
            if (memberValue != null) {
                map.put(member.member().name(), plain(member.target(), memberValue));
            }
        }
        return map;
    }

    private Object plain(Shape shape, Object value) throws ReflectiveOperationException {
        if (value == null) {
            return null;
        } else if (shape instanceof StructureShape structure) {
            return plainMembers(structureSpec(structure.name()).members(), value);
        } else if (shape instanceof ListShape list) {
            List<Object> values = new ArrayList<>();
            for (Object element : (List<?>) value) {
                values.add(plain(model.shape(list.member().target()), element));
            }
            return values;
        } else if (shape instanceof MapShape map) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                values.put((String) entry.getKey(), plain(model.shape(map.value().target()), entry.getValue()));
            }
            return values;
        } else if (value instanceof Document document) {
            return plainDocument(document);
        } else if (value instanceof SdkBytes bytes) {
            return bytes.asUtf8String();
        } else if (value instanceof Instant instant) {
            return JsonTrees.number(BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)));
        } else if (value instanceof Float || value instanceof Double) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return Double.isNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity";
            }
            return JsonTrees.number(new BigDecimal(value.toString()));
        } else if (value instanceof Number number) {
            return JsonTrees.number(new BigDecimal(number.toString()));
        }
        return value;
    }

    private static Object plainDocument(Document document) {
        if (document instanceof Document.MapValue map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.values().forEach((key, value) -> values.put(key, plainDocument(value)));
            return values;
        } else if (document instanceof Document.ListValue list) {
            return list.values().stream().map(WireValues::plainDocument).toList();
        } else if (document instanceof Document.Text text) {
            return text.value();
        } else if (document instanceof Document.Number number) {
            return JsonTrees.number(number.value());
        } else if (document instanceof Document.Bool bool) {
            return bool.value();
        }
        return null;
    }

    /** @return the expected {@code result} (or error members) as plain values shaped like {@link #plainMembers} */
    Map<String, Object> expectedMembers(List<MemberSpec> members, JsonObject json) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : json.members().entrySet()) {
            members.stream().filter(m -> m.member().name().equals(entry.getKey())).findFirst()
                    .filter(m -> !(entry.getValue() instanceof JsonNull))
                    .ifPresent(m -> map.put(entry.getKey(), expected(m.target(), entry.getValue())));
        }
        return map;
    }

    private Object expected(Shape shape, JsonValue json) {
        if (shape instanceof StructureShape structure) {
            return expectedMembers(structureSpec(structure.name()).members(), (JsonObject) json);
        } else if (shape instanceof ListShape list) {
            List<Object> values = new ArrayList<>();
            ((JsonArray) json).elements().forEach(e -> values.add(expected(model.shape(list.member().target()), e)));
            return values;
        } else if (shape instanceof MapShape map) {
            Map<String, Object> values = new LinkedHashMap<>();
            ((JsonObject) json).members().forEach((k, v) -> values.put(k, expected(model.shape(map.value().target()), v)));
            return values;
        }
        return JsonTrees.plain(json);
    }

    static Object call(Object target, String method) throws ReflectiveOperationException {
        try {
            Method accessor = target.getClass().getMethod(method);
            return accessor.invoke(target);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " failed", e.getCause());
        }
    }
}
