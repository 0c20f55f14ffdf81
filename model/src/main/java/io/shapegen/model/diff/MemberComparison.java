package io.shapegen.model.diff;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import java.util.List;

/**
 * Finds the differences between two versions of one structure member, or of the element, key or value of a list
 * or map.
 */
final class MemberComparison {
    private final DiffContext context;
    private final BreakingRules rules;
    private final List<Change> changes;

    MemberComparison(DiffContext context, BreakingRules rules, List<Change> changes) {
        this.context = context;
        this.rules = rules;
        this.changes = changes;
    }

    /**
     * @param shape the structure's name
     * @param before the member in the old model, or {@code null} when it was added
     * @param after the member in the new model, or {@code null} when it was removed
     */
    void compareMember(String shape, Member before, Member after) {
        ServiceModel oldModel = context.oldModel();
        ServiceModel newModel = context.newModel();
        if (before == null) {
            changes.add(rules.memberAdded(shape, after.name(), ApiTypes.accessorType(newModel, after),
                    after.required()));
            return;
        }
        if (after == null) {
            changes.add(rules.memberRemoved(shape, before.name(), ApiTypes.accessorType(oldModel, before)));
            return;
        }
        compareCommon(shape, before, after, ApiTypes.accessorType(oldModel, before),
                ApiTypes.accessorType(newModel, after));
        if (!before.required() && after.required()) {
            changes.add(rules.requiredAdded(shape, after.name()));
        } else if (before.required() && !after.required()) {
            changes.add(rules.requiredRemoved(shape, after.name()));
        }
    }

    /**
     * @param shape the list or map's name
     * @param before the element, key or value in the old model
     * @param after the same in the new model
     * @param listElement whether it is a list's element, which accessors expose as the enum type when it is one
     */
    void compareElement(String shape, Member before, Member after, boolean listElement) {
        compareCommon(shape, before, after, elementType(context.oldModel(), before, listElement),
                elementType(context.newModel(), after, listElement));
    }

    private void compareCommon(String shape, Member before, Member after, String oldType, String newType) {
        String name = after.name();
        Subject subject = Subject.member(shape, name);
        List<String> operations = context.operationsUsing(shape);
        boolean retargeted = !before.target().equals(after.target());
        if (!oldType.equals(newType)) {
            changes.add(rules.memberTypeChanged(shape, name, oldType, newType));
        } else if (retargeted) {
            changes.add(rules.memberTargetChanged(shape, name, before.target(), after.target(), newType));
        }
        boolean wasSensitive = ApiTypes.isSensitive(context.oldModel(), before);
        boolean isSensitive = ApiTypes.isSensitive(context.newModel(), after);
        // A target that itself became (non-)sensitive is reported once, on that shape.
        boolean ownChange = retargeted || before.traits().sensitive() != after.traits().sensitive();
        if (wasSensitive != isSensitive && ownChange) {
            changes.add(rules.sensitiveChanged(subject, isSensitive, operations));
        }
        String oldBinding = TraitValues.binding(before);
        String newBinding = TraitValues.binding(after);
        if (!oldBinding.equals(newBinding)) {
            changes.add(rules.httpBindingChanged(subject, oldBinding, newBinding, operations));
        }
        ModelDiff.compareTraits(subject, TraitValues.of(before), TraitValues.of(after), operations, rules, changes);
        if (!before.documentation().equals(after.documentation())) {
            changes.add(rules.documentationChanged(subject, operations));
        }
    }

    /** A list element is exposed as the enum type when it is an enum; map keys and values as stored. */
    private static String elementType(ServiceModel model, Member element, boolean listElement) {
        Shape target = model.shape(element.target());
        if (listElement && target instanceof StringShape string && string.isEnum()) {
            return "enum " + target.name();
        }
        return ApiTypes.storageType(model, target);
    }
}
