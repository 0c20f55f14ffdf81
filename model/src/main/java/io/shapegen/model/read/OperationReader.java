package io.shapegen.model.read;

import io.shapegen.model.HttpBinding;
import io.shapegen.model.ModelPosition;
import io.shapegen.model.Operation;
import io.shapegen.model.json.JsonArray;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonValue;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entries of {@code /operations}, checking that input, output and errors name structures
 * and that every URI and host label has its member.
 */
final class OperationReader {
    private static final Pattern LABEL = Pattern.compile("\\{([^}]*)}");

    private final Map<String, Shape> shapes;
    private final boolean httpBound;

    /**
     * @param shapes every shape of the model, by name
     * @param httpBound whether the protocol binds members to URI labels (rest-json, rest-xml)
     */
    OperationReader(Map<String, Shape> shapes, boolean httpBound) {
        this.shapes = shapes;
        this.httpBound = httpBound;
    }

    Operation read(String name, JsonObject json) {
        if (name.isEmpty()) {
            throw json.position().error("an operation has an empty name.", "Give every operation a non-empty name.");
        }
        HttpBinding http = json.optionalObject("http").map(this::http).orElse(HttpBinding.RPC_DEFAULT);
        Optional<StructureShape> input = structureRef(json, "input", name);
        Optional<StructureShape> output = structureRef(json, "output", name);
        List<String> errors = new ArrayList<>();
        JsonArray errorArray = json.optionalArray("errors").orElse(null);
        if (errorArray != null) {
            for (JsonValue element : errorArray.elements()) {
                JsonObject ref = ShapeReader.asObject(element, "an error reference");
                StructureShape error = structure(ref, "error", name);
                if (!error.isException()) {
                    throw ref.positionOf("shape").error("the error \"" + error.name() + "\" of operation \"" + name
                            + "\" is a plain structure, not an exception.",
                            "Mark the shape with \"exception\": true, or remove it from \"errors\".");
                }
                errors.add(error.name());
            }
        }
        String hostPrefix = json.optionalObject("endpoint").map(endpoint -> endpoint.stringOrEmpty("hostPrefix")).orElse("");
        if (httpBound) {
            checkLabels(json, name, http.requestUri(), input, "requestUri", MemberLocation.URI);
        }
        checkHostLabels(json, name, hostPrefix, input);
        return new Operation(name, http, input.map(StructureShape::name), output.map(StructureShape::name), errors,
                json.stringOrEmpty("documentation"), json.flag("deprecated"), json.stringOrEmpty("deprecatedMessage"),
                json.flag("idempotent"), hostPrefix, json.stringOrEmpty("authtype"), json.flag("httpChecksumRequired"),
                json.position());
    }

    private HttpBinding http(JsonObject json) {
        String method = json.optionalString("method").orElse("POST").toUpperCase(Locale.ROOT);
        String requestUri = json.optionalString("requestUri").orElse("/");
        if (!requestUri.startsWith("/")) {
            throw json.positionOf("requestUri").error("the requestUri \"" + requestUri + "\" does not start with \"/\".",
                    "Write the request URI as an absolute path, for example \"/things/{Id}\".");
        }
        return new HttpBinding(method, requestUri, json.optionalInt("responseCode").orElse(200));
    }

    private Optional<StructureShape> structureRef(JsonObject json, String key, String operation) {
        return json.optionalObject(key).map(ref -> structure(ref, key, operation));
    }

    private StructureShape structure(JsonObject ref, String role, String operation) {
        String target = ref.requiredString("shape");
        Shape shape = shapes.get(target);
        ModelPosition at = ref.positionOf("shape");
        if (shape == null) {
            throw at.error("shape \"" + target + "\" is not defined.",
                    "Define it under /shapes or refer to an existing shape.");
        }
        if (!(shape instanceof StructureShape structure)) {
            throw at.error("the " + role + " of operation \"" + operation + "\" is \"" + target + "\", a "
                    + shape.typeName() + " shape; an " + role + " must be a structure.",
                    "Point \"" + role + "\" at a structure shape.");
        }
        return structure;
    }

    private static void checkLabels(JsonObject json, String operation, String template,
            Optional<StructureShape> input, String key, MemberLocation location) {
        String path = template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
        Matcher matcher = LABEL.matcher(path);
        while (matcher.find()) {
            String label = matcher.group(1);
            String name = label.endsWith("+") ? label.substring(0, label.length() - 1) : label;
            boolean bound = input.map(shape -> shape.members().stream()
                    .anyMatch(m -> m.location() == location && m.wireName().equals(name))).orElse(false);
            if (!bound) {
                ModelPosition at = json.optionalObject("http").map(http -> http.positionOf(key)).orElse(json.position());
                throw at.error("the " + key + " \"" + template + "\" of operation \"" + operation + "\" has the label {"
                        + label + "}, but " + input.map(s -> "its input \"" + s.name() + "\"").orElse("the operation (no input)")
                        + " has no member with \"location\": \"uri\" and \"locationName\": \"" + name + "\".",
                        "Add such a member to the input structure, or correct the label.");
            }
        }
    }

    private static void checkHostLabels(JsonObject json, String operation, String hostPrefix,
            Optional<StructureShape> input) {
        Matcher matcher = LABEL.matcher(hostPrefix);
        while (matcher.find()) {
            String label = matcher.group(1);
            boolean bound = input.map(shape -> shape.members().stream()
                    .anyMatch(m -> m.traits().hostLabel() && m.name().equals(label))).orElse(false);
            if (!bound) {
                ModelPosition at = json.optionalObject("endpoint").map(e -> e.positionOf("hostPrefix")).orElse(json.position());
                throw at.error("the hostPrefix \"" + hostPrefix + "\" of operation \"" + operation + "\" has the label {"
                        + label + "}, but the input has no member \"" + label + "\" with \"hostLabel\": true.",
                        "Add that member to the input structure, or correct the host prefix.");
            }
        }
    }
}
