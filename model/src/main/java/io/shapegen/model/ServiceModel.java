package io.shapegen.model;

import io.shapegen.model.shape.Shape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validated service model: every shape reference resolves, every URI label has its member.
 *
 * @param sourceName the name of the input it was read from
 * @param metadata the service metadata
 * @param documentation the service's HTML documentation, {@code ""} when absent
 * @param operations the operations by name, sorted by name
 * @param shapes the shapes by name, sorted by name
 */
public record ServiceModel(String sourceName, ServiceMetadata metadata, String documentation,
        Map<String, Operation> operations, Map<String, Shape> shapes) {

    /** Copies the maps, keeping their order. */
    public ServiceModel {
        operations = Collections.unmodifiableMap(new LinkedHashMap<>(operations));
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    }

    /** @param name a shape name @return the shape, if defined */
    public Optional<Shape> findShape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }

    /**
     * @param name a shape name known to resolve (the model is validated)
     * @return the shape
     * @throws IllegalArgumentException if no shape has that name
     */
    public Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("No shape named " + name + " in " + sourceName);
        }
        return shape;
    }
}
