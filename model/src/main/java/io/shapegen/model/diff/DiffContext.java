package io.shapegen.model.diff;

import io.shapegen.model.ServiceModel;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The two models being compared and where their shapes are used. A shape counts as used on the request side
 * (or the response side) when it is used so in either version: a change is judged against every use it may have.
 */
final class DiffContext {
    private final ServiceModel oldModel;
    private final ServiceModel newModel;
    private final ShapeUsage oldUsage;
    private final ShapeUsage newUsage;

    DiffContext(ServiceModel oldModel, ServiceModel newModel) {
        this.oldModel = oldModel;
        this.newModel = newModel;
        this.oldUsage = ShapeUsage.of(oldModel);
        this.newUsage = ShapeUsage.of(newModel);
    }

    ServiceModel oldModel() {
        return oldModel;
    }

    ServiceModel newModel() {
        return newModel;
    }

    /** @param shape a shape name @return the operations that use it in either version, sorted */
    List<String> operationsUsing(String shape) {
        SortedSet<String> all = new TreeSet<>(oldUsage.requestOperations(shape));
        all.addAll(oldUsage.responseOperations(shape));
        all.addAll(newUsage.requestOperations(shape));
        all.addAll(newUsage.responseOperations(shape));
        return List.copyOf(all);
    }

    /** @param shape a shape name @return whether an operation's input reaches it in either version */
    boolean inRequest(String shape) {
        return !oldUsage.requestOperations(shape).isEmpty() || !newUsage.requestOperations(shape).isEmpty();
    }

    /** @param shape a shape name @return whether an operation's output or errors reach it in either version */
    boolean inResponse(String shape) {
        return !oldUsage.responseOperations(shape).isEmpty() || !newUsage.responseOperations(shape).isEmpty();
    }

    /**
     * @param shape a shape name
     * @return whether the SDK generated from the old model has code for it: code written against that SDK is
     *     what a change can break
     */
    boolean generatedBefore(String shape) {
        return oldUsage.isUsed(shape);
    }
}
