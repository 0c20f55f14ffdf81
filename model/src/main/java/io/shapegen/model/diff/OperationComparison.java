package io.shapegen.model.diff;

import io.shapegen.model.Operation;
import io.shapegen.model.ServiceModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds the differences between the operations of two models. */
final class OperationComparison {
    private final BreakingRules rules;
    private final List<Change> changes;

    OperationComparison(BreakingRules rules, List<Change> changes) {
        this.rules = rules;
        this.changes = changes;
    }

    void compareAll(ServiceModel oldModel, ServiceModel newModel) {
        for (String name : ModelDiff.union(oldModel.operations().keySet(), newModel.operations().keySet())) {
            Operation before = oldModel.operations().get(name);
            Operation after = newModel.operations().get(name);
            if (before == null) {
                changes.add(rules.operationAdded(name));
            } else if (after == null) {
                changes.add(rules.operationRemoved(name));
            } else {
                compare(before, after);
            }
        }
    }

    private void compare(Operation before, Operation after) {
        String name = after.name();
        List<String> self = List.of(name);
        if (!before.input().equals(after.input())) {
            changes.add(rules.operationShapeChanged(ChangeKind.OPERATION_INPUT_CHANGED, name, shape(before.input()),
                    shape(after.input())));
        }
        if (!before.output().equals(after.output())) {
            changes.add(rules.operationShapeChanged(ChangeKind.OPERATION_OUTPUT_CHANGED, name,
                    shape(before.output()), shape(after.output())));
        }
        Set<String> oldErrors = new TreeSet<>(before.errors());
        Set<String> newErrors = new TreeSet<>(after.errors());
        for (String error : ModelDiff.union(oldErrors, newErrors)) {
            if (!oldErrors.contains(error)) {
                changes.add(rules.operationErrorAdded(name, error));
            } else if (!newErrors.contains(error)) {
                changes.add(rules.operationErrorRemoved(name, error));
            }
        }
        String oldBinding = TraitValues.binding(before);
        String newBinding = TraitValues.binding(after);
        if (!oldBinding.equals(newBinding)) {
            changes.add(rules.httpBindingChanged(Subject.operation(name), oldBinding, newBinding, self));
        }
        ModelDiff.compareTraits(Subject.operation(name), TraitValues.of(before), TraitValues.of(after), self, rules,
                changes);
        if (!before.documentation().equals(after.documentation())) {
            changes.add(rules.documentationChanged(Subject.operation(name), self));
        }
    }

    private static String shape(Optional<String> name) {
        return name.orElse("(none)");
    }
}
