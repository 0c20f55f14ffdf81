package io.shapegen.model.read;

import io.shapegen.model.ModelPosition;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonValue;
import io.shapegen.model.shape.BigDecimalShape;
import io.shapegen.model.shape.BigIntegerShape;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.BooleanShape;
import io.shapegen.model.shape.ByteShape;
import io.shapegen.model.shape.CharacterShape;
import io.shapegen.model.shape.Constraints;
import io.shapegen.model.shape.DocumentShape;
import io.shapegen.model.shape.DoubleShape;
import io.shapegen.model.shape.ErrorTrait;
import io.shapegen.model.shape.FloatShape;
import io.shapegen.model.shape.IntegerShape;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.LongShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.MemberTraits;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.ShapeTraits;
import io.shapegen.model.shape.ShortShape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import io.shapegen.model.shape.TimestampFormat;
import io.shapegen.model.shape.TimestampShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the entries of {@code /shapes}. Every member's shape reference is checked against the set of
 * defined names as it is read, so an unresolved reference is reported at the reference itself.
 */
final class ShapeReader {
    static final List<String> TYPES = List.of("structure", "list", "map", "string", "integer", "long", "short",
            "byte", "float", "double", "bigdecimal", "biginteger", "boolean", "blob", "timestamp", "document", "character");

    private final Set<String> definedShapes;

    ShapeReader(Set<String> definedShapes) {
        this.definedShapes = definedShapes;
    }

    Shape read(String name, JsonObject json) {
        if (name.isEmpty()) {
            throw json.position().error("a shape has an empty name.", "Give every shape under /shapes a non-empty name.");
        }
        String type = json.requiredString("type");
        ShapeTraits traits = traits(json);
        return switch (type) {
            case "structure" -> json.flag("document") ? new DocumentShape(name, traits) : structure(name, json, traits);
            case "list" -> new ListShape(name, traits, reference(json, "member"));
            case "map" -> new MapShape(name, traits, reference(json, "key"), reference(json, "value"));
            case "string" -> string(name, json, traits);
            case "integer" -> new IntegerShape(name, traits);
            case "long" -> new LongShape(name, traits);
            case "short" -> new ShortShape(name, traits);
            case "byte" -> new ByteShape(name, traits);
            case "float" -> new FloatShape(name, traits);
            case "double" -> new DoubleShape(name, traits);
            case "bigdecimal" -> new BigDecimalShape(name, traits);
            case "biginteger" -> new BigIntegerShape(name, traits);
            case "boolean" -> new BooleanShape(name, traits);
            case "blob" -> new BlobShape(name, traits);
            case "timestamp" -> new TimestampShape(name, traits, timestampFormat(json));
            case "document" -> new DocumentShape(name, traits);
            case "character" -> new CharacterShape(name, traits);
            default -> throw json.positionOf("type").error("\"" + type + "\" is not a shape type.",
                    "Use one of: " + String.join(", ", TYPES) + ".");
        };
    }

    private StructureShape structure(String name, JsonObject json, ShapeTraits traits) {
        List<Member> members = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>(json.optionalArray("required")
                .map(array -> array.strings("required member names")).orElse(List.of()));
        Optional<JsonObject> memberObjects = json.optionalObject("members");
        if (memberObjects.isPresent()) {
            for (Map.Entry<String, JsonValue> entry : memberObjects.get().members().entrySet()) {
                JsonObject memberJson = asObject(entry.getValue(), "member \"" + entry.getKey() + "\"");
                members.add(member(entry.getKey(), memberJson, required.contains(entry.getKey())));
            }
        }
        JsonArray requiredArray = json.optionalArray("required").orElse(null);
        if (requiredArray != null) {
            List<String> names = requiredArray.strings("required member names");
            for (int i = 0; i < names.size(); i++) {
                String requiredName = names.get(i);
                if (memberObjects.isEmpty() || !memberObjects.get().members().containsKey(requiredName)) {
                    throw requiredArray.elements().get(i).position().error(
                            "\"" + requiredName + "\" is listed as required, but structure \"" + name
                                    + "\" has no member of that name.",
                            "Remove it from \"required\" or add the member under \"members\".");
                }
            }
        }
        Optional<String> payload = json.optionalString("payload");
        if (payload.isPresent() && members.stream().noneMatch(m -> m.name().equals(payload.get()))) {
            throw json.positionOf("payload").error("the payload \"" + payload.get() + "\" is not a member of structure \""
                    + name + "\".", "Name one of its members as the payload.");
        }
        return new StructureShape(name, traits, members, kind(json), errorTrait(json), json.flag("fault"), payload);
    }

    private static StructureShape.Kind kind(JsonObject json) {
        if (json.flag("exception") || json.has("error")) {
            return StructureShape.Kind.EXCEPTION;
        }
        if (json.flag("union")) {
            return StructureShape.Kind.UNION;
        }
        if (json.flag("eventstream")) {
            return StructureShape.Kind.EVENT_STREAM;
        }
        if (json.flag("event")) {
            return StructureShape.Kind.EVENT;
        }
        return StructureShape.Kind.STRUCTURE;
    }

    private static Optional<ErrorTrait> errorTrait(JsonObject json) {
        return json.optionalObject("error").map(error -> new ErrorTrait(error.optionalString("code"),
                error.optionalInt("httpStatusCode"), error.flag("senderFault")));
    }

    private static StringShape string(String name, JsonObject json, ShapeTraits traits) {
        Optional<JsonArray> values = json.optionalArray("enum");
        if (values.isPresent() && values.get().elements().isEmpty()) {
            throw values.get().position().error("the enum of string shape \"" + name + "\" is empty.",
                    "List at least one value, or remove \"enum\" to make it a free string.");
        }
        List<String> enumValues = values.map(array -> array.strings("enum values")).orElse(List.of());
        return new StringShape(name, traits, List.copyOf(new LinkedHashSet<>(enumValues)));
    }

    private Member reference(JsonObject owner, String key) {
        JsonObject json = owner.requiredObject(key);
        return member(key, json, false);
    }

    private Member member(String name, JsonObject json, boolean required) {
        if (name.isEmpty()) {
            throw json.position().error("a member has an empty name.", "Give every member a non-empty name.");
        }
        String target = json.requiredString("shape");
        if (!definedShapes.contains(target)) {
            throw json.positionOf("shape").error("shape \"" + target + "\" is not defined.",
                    "Define it under /shapes or refer to an existing shape.");
        }
        MemberLocation location = json.optionalString("location")
                .map(value -> MemberLocation.fromModelName(value).orElseThrow(() -> json.positionOf("location").error(
                        "\"" + value + "\" is not a member location.",
                        "Use one of: uri, querystring, header, headers, statusCode (or leave it out for the body).")))
                .orElse(MemberLocation.BODY);
        MemberTraits traits = new MemberTraits(json.flag("idempotencyToken"), json.flag("jsonvalue"),
                timestampFormat(json), json.flag("deprecated"), json.stringOrEmpty("deprecatedMessage"),
                json.flag("sensitive"), json.flag("box"), json.flag("streaming"), json.flag("hostLabel"),
                json.flag("eventpayload"), json.flag("eventheader"), json.optionalString("queryName"),
                new MemberTraits.XmlMemberTraits(xmlNamespaceUri(json), xmlNamespacePrefix(json),
                        json.flag("xmlAttribute"), json.flag("flattened")));
        return new Member(name, target, required, json.stringOrEmpty("documentation"), location,
                json.optionalString("locationName"), traits, json.position());
    }

    private static ShapeTraits traits(JsonObject json) {
        Constraints constraints = new Constraints(json.optionalNumber("min"), json.optionalNumber("max"),
                json.optionalString("pattern"));
        ShapeTraits.XmlTraits xml = new ShapeTraits.XmlTraits(xmlNamespaceUri(json), xmlNamespacePrefix(json),
                json.optionalString("locationName"), json.flag("flattened"));
        return new ShapeTraits(json.stringOrEmpty("documentation"), json.flag("deprecated"),
                json.stringOrEmpty("deprecatedMessage"), json.flag("sensitive"), constraints, json.flag("box"),
                json.flag("streaming"), xml, json.position());
    }

    private static Optional<TimestampFormat> timestampFormat(JsonObject json) {
        return json.optionalString("timestampFormat").map(value -> TimestampFormat.fromModelName(value)
                .orElseThrow(() -> json.positionOf("timestampFormat").error(
                        "\"" + value + "\" is not a timestamp format.", "Use iso8601, rfc822 or unixTimestamp.")));
    }

    /** {@code xmlNamespace} is either a uri string or an object with {@code uri} and {@code prefix}. */
    private static Optional<String> xmlNamespaceUri(JsonObject json) {
        Optional<JsonValue> value = json.get("xmlNamespace");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsonObject namespace) {
            return namespace.optionalString("uri");
        }
        return json.optionalString("xmlNamespace");
    }

    private static Optional<String> xmlNamespacePrefix(JsonObject json) {
        return json.get("xmlNamespace").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(namespace -> namespace.optionalString("prefix"));
    }

    static JsonObject asObject(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        ModelPosition position = value.position();
        throw position.error(what + " must be an object but is " + value.typeName() + ".",
                "Write it as a JSON object.");
    }
}
