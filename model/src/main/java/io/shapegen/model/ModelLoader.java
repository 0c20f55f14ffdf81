package io.shapegen.model;

import io.shapegen.model.json.JsonObject;
import io.shapegen.model.json.JsonTreeParser;
import io.shapegen.model.json.JsonValue;
import io.shapegen.model.read.ServiceModelReader;

/**
 * Reads botocore JSON documents into validated, immutable models.
 *
 * <pre>{@code
 * ServiceModel model = ModelLoader.loadService(ModelSource.read(Path.of("service-2.json")));
 * }</pre>
 *
 * <p>Every problem is a {@link ModelException} naming the file, the JSON pointer and line:column,
 * what is wrong and what to do.
 */
public final class ModelLoader {
    private ModelLoader() {
    }

    /**
     * @param source a {@code service-2.json} document
     * @return the validated model
     * @throws ModelException if the document is malformed or inconsistent
     */
    public static ServiceModel loadService(ModelSource source) {
        return ServiceModelReader.read(root(source));
    }

    /**
     * @param source a {@code paginators-1.json} document
     * @param service the model the paginators belong to
     * @return the paginators, sorted by operation name
     * @throws ModelException if the document is malformed or names an unknown operation
     */
    public static java.util.Map<String, Paginator> loadPaginators(ModelSource source, ServiceModel service) {
        return io.shapegen.model.read.PaginatorsReader.read(root(source), service);
    }

    private static JsonObject root(ModelSource source) {
        JsonValue root = JsonTreeParser.parse(source);
        if (!(root instanceof JsonObject object)) {
            throw root.position().error("the document is " + root.typeName() + ", not a JSON object.",
                    "Supply a botocore JSON document, which is an object at the top level.");
        }
        return object;
    }
}
