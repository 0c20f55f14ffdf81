package io.shapegen.model.diff;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the differences between the shapes of two models: added, removed and retyped shapes, enum values,
 * traits, documentation, and (through {@link MemberComparison}) their members.
 */
final class ShapeComparison {
    private final DiffContext context;
    private final BreakingRules rules;
    private final List<Change> changes;
    private final MemberComparison members;

    ShapeComparison(DiffContext context, BreakingRules rules, List<Change> changes) {
        this.context = context;
        this.rules = rules;
        this.changes = changes;
        this.members = new MemberComparison(context, rules, changes);
    }

    void compareAll() {
        ServiceModel oldModel = context.oldModel();
        ServiceModel newModel = context.newModel();
        for (String name : ModelDiff.union(oldModel.shapes().keySet(), newModel.shapes().keySet())) {
            Shape before = oldModel.shapes().get(name);
            Shape after = newModel.shapes().get(name);
            if (before == null) {
                changes.add(rules.shapeAdded(name, ApiTypes.shapeType(after)));
            } else if (after == null) {
                changes.add(rules.shapeRemoved(name, ApiTypes.shapeType(before), ApiTypes.hasOwnJavaType(before)));
            } else {
                compare(before, after);
            }
        }
    }

    private void compare(Shape before, Shape after) {
        String name = after.name();
        List<String> operations = context.operationsUsing(name);
        String oldType = ApiTypes.shapeType(before);
        String newType = ApiTypes.shapeType(after);
        if (!oldType.equals(newType)) {
            changes.add(rules.shapeTypeChanged(name, oldType, newType, ApiTypes.hasOwnJavaType(before)));
        }
        if (before instanceof StringShape oldString && after instanceof StringShape newString
                && oldString.isEnum() && newString.isEnum()) {
            compareEnumValues(name, oldString.enumValues(), newString.enumValues());
        } else if (before instanceof StructureShape oldStructure && after instanceof StructureShape newStructure) {
            compareStructures(oldStructure, newStructure, operations);
        } else if (before instanceof ListShape oldList && after instanceof ListShape newList) {
            members.compareElement(name, oldList.member(), newList.member(), true);
        } else if (before instanceof MapShape oldMap && after instanceof MapShape newMap) {
            members.compareElement(name, oldMap.key(), newMap.key(), false);
            members.compareElement(name, oldMap.value(), newMap.value(), false);
        }
        if (before.traits().sensitive() != after.traits().sensitive()) {
            changes.add(rules.sensitiveChanged(Subject.shape(name), after.traits().sensitive(), operations));
        }
        ModelDiff.compareTraits(Subject.shape(name), TraitValues.of(before), TraitValues.of(after), operations,
                rules, changes);
        if (!before.traits().documentation().equals(after.traits().documentation())) {
            changes.add(rules.documentationChanged(Subject.shape(name), operations));
        }
    }

    private void compareEnumValues(String name, List<String> before, List<String> after) {
        Set<String> oldValues = new LinkedHashSet<>(before);
        Set<String> newValues = new LinkedHashSet<>(after);
        for (String value : ModelDiff.union(oldValues, newValues)) {
            if (!oldValues.contains(value)) {
                changes.add(rules.enumValueAdded(name, value));
            } else if (!newValues.contains(value)) {
                changes.add(rules.enumValueRemoved(name, value));
            }
        }
    }

    private void compareStructures(StructureShape before, StructureShape after, List<String> operations) {
        String name = after.name();
        Map<String, Member> oldMembers = byName(before.members());
        Map<String, Member> newMembers = byName(after.members());
        for (String member : ModelDiff.union(oldMembers.keySet(), newMembers.keySet())) {
            members.compareMember(name, oldMembers.get(member), newMembers.get(member));
        }
        String oldBinding = TraitValues.binding(before);
        String newBinding = TraitValues.binding(after);
        if (!oldBinding.equals(newBinding)) {
            changes.add(rules.httpBindingChanged(Subject.shape(name), oldBinding, newBinding, operations));
        }
    }

    private static Map<String, Member> byName(List<Member> members) {
        return members.stream().collect(Collectors.toMap(Member::name, Function.identity()));
    }
}
