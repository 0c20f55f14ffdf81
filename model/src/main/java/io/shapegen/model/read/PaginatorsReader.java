package io.shapegen.model.read;

import io.shapegen.model.Paginator;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;

/** Turns the JSON tree of a {@code paginators-1.json} into {@link Paginator}s. */
public final class PaginatorsReader {
    private PaginatorsReader() {
    }

    /**
     * @param root the document's root object
     * @param service the model whose operations the paginators name
     * @return the paginators by operation name, sorted
     * @throws io.shapegen.model.ModelException at the first problem found
     */
    public static Map<String, Paginator> read(JsonObject root, ServiceModel service) {
        Map<String, Paginator> paginators = new TreeMap<>();
        JsonObject pagination = root.requiredObject("pagination");
        for (Map.Entry<String, JsonValue> entry : pagination.members().entrySet()) {
            String operation = entry.getKey();
            JsonObject json = ShapeReader.asObject(entry.getValue(), "paginator \"" + operation + "\"");
            if (!service.operations().containsKey(operation)) {
                throw json.position().error("there is a paginator for \"" + operation + "\", but the service model has no such operation.",
                        "Remove the paginator or check that the paginators file belongs to " + service.sourceName() + ".");
            }
            Paginator paginator = new Paginator(operation, json.stringOrStrings("input_token", "input tokens"),
                    json.stringOrStrings("output_token", "output tokens"), json.optionalString("limit_key"),
                    json.stringOrStrings("result_key", "result keys"), json.optionalString("more_results"),
                    json.position());
            if (paginator.inputTokens().size() != paginator.outputTokens().size()) {
                throw json.position().error("the paginator for \"" + operation + "\" has "
                        + paginator.inputTokens().size() + " input tokens but " + paginator.outputTokens().size()
                        + " output tokens.", "Give one output token for every input token, in the same order.");
            }
            paginators.put(operation, paginator);
        }
        return paginators;
    }
}
