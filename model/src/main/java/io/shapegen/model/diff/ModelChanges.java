package io.shapegen.model.diff;

import java.util.List;

/**
 * Every classified change between two versions of a service model, sorted (see {@link Change#compareTo}).
 *
 * @param changes the changes, sorted
 */
public record ModelChanges(List<Change> changes) {
    /** Copies and sorts the changes. */
    public ModelChanges {
        changes = changes.stream().sorted().toList();
    }

    /** @return the breaking changes, sorted */
    public List<Change> breaking() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /** @return whether there is at least one change and every change is to documentation only */
    public boolean isDocumentationOnly() {
        return !changes.isEmpty()
                && changes.stream().allMatch(change -> change.kind() == ChangeKind.DOCUMENTATION_CHANGED);
    }

    /** @return whether the two versions are the same */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
