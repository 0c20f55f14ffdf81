package io.shapegen.generator.spec;

import io.shapegen.model.Operation;
import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/** Which shapes the given operations can reach: only those get Java types. */
final class ShapeReachability {
    private ShapeReachability() {
    }

    /** @param model the model @param operations the operations generated @return reachable shape names, sorted */
    static Set<String> reachable(ServiceModel model, Collection<Operation> operations) {
        Set<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (Operation operation : operations) {
            operation.input().ifPresent(pending::add);
            operation.output().ifPresent(pending::add);
            pending.addAll(operation.errors());
        }
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
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
        return seen;
    }
}
