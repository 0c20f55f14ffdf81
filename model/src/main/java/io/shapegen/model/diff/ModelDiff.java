package io.shapegen.model.diff;

import io.shapegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two versions of a service model and classifies every difference (see {@link ChangeKind}), marking
 * each one breaking or not for a user of the generated Java SDK.
 *
 * <pre>{@code
 * ModelChanges changes = ModelDiff.compare(ModelLoader.loadService(oldSource), ModelLoader.loadService(newSource));
 * changes.breaking().forEach(change -> System.out.println(change.summary() + ": " + change.reason()));
 * }</pre>
 *
 * <p>Shapes and members are matched by name: a renamed member is one removed and one added. The result depends
 * only on the two models, never on map or file order.
 */
public final class ModelDiff {
    private ModelDiff() {
    }

    /**
     * @param oldModel the version the existing SDK was generated from
     * @param newModel the version to move to
     * @return every change, classified and sorted
     */
    public static ModelChanges compare(ServiceModel oldModel, ServiceModel newModel) {
        DiffContext context = new DiffContext(oldModel, newModel);
        BreakingRules rules = new BreakingRules(context);
        List<Change> changes = new ArrayList<>();
        compareService(oldModel, newModel, rules, changes);
        new OperationComparison(rules, changes).compareAll(oldModel, newModel);
        new ShapeComparison(context, rules, changes).compareAll();
        return new ModelChanges(changes);
    }

    private static void compareService(ServiceModel oldModel, ServiceModel newModel, BreakingRules rules,
            List<Change> changes) {
        compareTraits(Subject.SERVICE, TraitValues.of(oldModel.metadata()), TraitValues.of(newModel.metadata()),
                List.of(), rules, changes);
        if (!oldModel.documentation().equals(newModel.documentation())) {
            changes.add(rules.documentationChanged(Subject.SERVICE, List.of()));
        }
    }

    /** Adds one {@link ChangeKind#TRAIT_CHANGED} per trait whose value differs. */
    static void compareTraits(Subject subject, Map<String, String> before, Map<String, String> after,
            List<String> operations, BreakingRules rules, List<Change> changes) {
        for (String trait : union(before.keySet(), after.keySet())) {
            String old = before.getOrDefault(trait, "(none)");
            String now = after.getOrDefault(trait, "(none)");
            if (!old.equals(now)) {
                changes.add(rules.traitChanged(subject, trait, old, now, operations));
            }
        }
    }

    /** @return both sets' elements, sorted */
    static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }
}
