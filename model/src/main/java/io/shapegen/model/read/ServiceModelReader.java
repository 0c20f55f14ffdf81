package io.shapegen.model.read;

import io.shapegen.model.Operation;
import io.shapegen.model.ServiceMetadata;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonValue;
import io.shapegen.model.shape.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns the JSON tree of a {@code service-2.json} into a {@link ServiceModel}. */
public final class ServiceModelReader {
    private ServiceModelReader() {
    }

    /**
     * @param root the document's root object
     * @return the validated model
     * @throws io.shapegen.model.ModelException at the first problem found
     */
    public static ServiceModel read(JsonObject root) {
        ServiceMetadata metadata = metadata(root.requiredObject("metadata"));
        JsonObject shapesJson = root.optionalObject("shapes").orElse(new JsonObject(Map.of(), root.position()));
        ShapeReader shapeReader = new ShapeReader(Set.copyOf(shapesJson.members().keySet()));
        Map<String, Shape> shapes = new TreeMap<>();
        for (Map.Entry<String, JsonValue> entry : shapesJson.members().entrySet()) {
            shapes.put(entry.getKey(), shapeReader.read(entry.getKey(),
                    ShapeReader.asObject(entry.getValue(), "shape \"" + entry.getKey() + "\"")));
        }
        CollectionCycleCheck.check(shapes);
        boolean httpBound = metadata.protocol().startsWith("rest-");
        OperationReader operationReader = new OperationReader(shapes, httpBound);
        Map<String, Operation> operations = new TreeMap<>();
        JsonObject operationsJson = root.requiredObject("operations");
        for (Map.Entry<String, JsonValue> entry : operationsJson.members().entrySet()) {
            operations.put(entry.getKey(), operationReader.read(entry.getKey(),
                    ShapeReader.asObject(entry.getValue(), "operation \"" + entry.getKey() + "\"")));
        }
        return new ServiceModel(root.position().sourceName(), metadata, root.stringOrEmpty("documentation"),
                operations, shapes);
    }

    private static ServiceMetadata metadata(JsonObject json) {
        String protocol = json.requiredString("protocol");
        List<String> protocols = json.optionalArray("protocols").map(a -> a.strings("protocols")).orElse(List.of(protocol));
        String endpointPrefix = json.stringOrEmpty("endpointPrefix");
        String serviceFullName = json.stringOrEmpty("serviceFullName");
        String serviceId = json.optionalString("serviceId")
                .orElse(json.optionalString("serviceAbbreviation").orElse(serviceFullName));
        return new ServiceMetadata(protocol, protocols, json.stringOrEmpty("apiVersion"), endpointPrefix,
                json.optionalString("signingName").orElse(endpointPrefix), serviceId, serviceFullName,
                json.stringOrEmpty("serviceAbbreviation"), json.stringOrEmpty("uid"), json.stringOrEmpty("jsonVersion"),
                json.stringOrEmpty("targetPrefix"), json.stringOrEmpty("signatureVersion"),
                json.stringOrEmpty("globalEndpoint"), json.has("awsQueryCompatible"));
    }
}
