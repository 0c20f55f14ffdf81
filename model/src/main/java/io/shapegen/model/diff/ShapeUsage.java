package io.shapegen.model.diff;

import io.shapegen.model.Operation;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where the shapes of one model are used: which operations reach each shape from their input (the request side,
 * which callers build) and which from their output or errors (the response side, which callers read). Only shapes
 * some operation reaches get Java types, as in the generator.
 */
final class ShapeUsage {
    private final Map<String, SortedSet<String>> requests = new HashMap<>();
    private final Map<String, SortedSet<String>> responses = new HashMap<>();

    private ShapeUsage() {
    }

    /** @param model a validated model @return where its shapes are used */
    static ShapeUsage of(ServiceModel model) {
        ShapeUsage usage = new ShapeUsage();
        for (Operation operation : model.operations().values()) {
            operation.input().ifPresent(input -> usage.walk(model, input, operation.name(), usage.requests));
            operation.output().ifPresent(output -> usage.walk(model, output, operation.name(), usage.responses));
            for (String error : operation.errors()) {
                usage.walk(model, error, operation.name(), usage.responses);
            }
        }
        return usage;
    }

    private void walk(ServiceModel model, String start, String operation, Map<String, SortedSet<String>> side) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            side.computeIfAbsent(name, key -> new TreeSet<>()).add(operation);
            Shape shape = model.shape(name);
            if (shape instanceof StructureShape structure) {
                for (Member member : structure.members()) {
                    pending.add(member.target());
                }
            } else if (shape instanceof ListShape list) {
                pending.add(list.member().target());
            } else if (shape instanceof MapShape map) {
                pending.add(map.key().target());
                pending.add(map.value().target());
            }
        }
    }

    /** @param shape a shape name @return the operations whose input reaches it, sorted */
    SortedSet<String> requestOperations(String shape) {
        return requests.getOrDefault(shape, new TreeSet<>());
    }

    /** @param shape a shape name @return the operations whose output or errors reach it, sorted */
    SortedSet<String> responseOperations(String shape) {
        return responses.getOrDefault(shape, new TreeSet<>());
    }

    /** @param shape a shape name @return whether any operation reaches it, so that it has Java code */
    boolean isUsed(String shape) {
        return requests.containsKey(shape) || responses.containsKey(shape);
    }
}
