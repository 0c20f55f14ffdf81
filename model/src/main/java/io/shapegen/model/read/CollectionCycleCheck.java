package io.shapegen.model.read;

import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects lists and maps that contain themselves without a structure in between ({@code A: list of A}):
 * no finite type describes them. Cycles through structures are fine and common.
 */
final class CollectionCycleCheck {
    private CollectionCycleCheck() {
    }

    static void check(Map<String, Shape> shapes) {
        Set<String> cleared = new HashSet<>();
        for (Shape start : shapes.values()) {
            if (!isCollection(start) || cleared.contains(start.name())) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            Shape current = start;
            // Follow element and value types; a list or map has one collection child at most on each side,
            // so walk both sides iteratively with an explicit stack.
            List<Shape> stack = new ArrayList<>(List.of(current));
            List<Integer> depth = new ArrayList<>(List.of(0));
            while (!stack.isEmpty()) {
                Shape shape = stack.remove(stack.size() - 1);
                int level = depth.remove(depth.size() - 1);
                while (path.size() > level) {
                    onPath.remove(path.remove(path.size() - 1));
                }
                if (onPath.contains(shape.name())) {
                    throw start.position().error("the " + start.typeName() + " shape \"" + start.name()
                            + "\" contains itself through " + String.join(" → ", path) + " → " + shape.name()
                            + " with no structure in between.",
                            "Break the cycle with a structure member, as no finite Java type can hold it.");
                }
                if (cleared.contains(shape.name())) {
                    continue;
                }
                path.add(shape.name());
                onPath.add(shape.name());
                for (String child : children(shape)) {
                    Shape target = shapes.get(child);
                    if (isCollection(target)) {
                        stack.add(target);
                        depth.add(level + 1);
                    }
                }
            }
            cleared.add(start.name());
        }
    }

    private static boolean isCollection(Shape shape) {
        return shape instanceof ListShape || shape instanceof MapShape;
    }

    private static List<String> children(Shape shape) {
        if (shape instanceof ListShape list) {
            return List.of(list.member().target());
        }
        MapShape map = (MapShape) shape;
        return List.of(map.key().target(), map.value().target());
    }
}
