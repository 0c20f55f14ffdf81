package io.shapegen.model.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One classified difference between two versions of a service model.
 *
 * @param kind what changed
 * @param subject where: the service, an operation, a shape or a member
 * @param detail which value or trait, when the kind needs it: the enum value, the trait name; else {@code ""}
 * @param before the old value in words (a type, a target, a binding), {@code ""} when there is none
 * @param after the new value in words, {@code ""} when there is none
 * @param breaking whether code written against the SDK generated from the old model can break with the new one
 * @param reason why it is, or is not, breaking, as a sentence
 * @param operations the operations that use the subject in either version, sorted (the operation itself for an
 *     operation; empty for the service and for shapes no operation uses)
 */
public record Change(ChangeKind kind, Subject subject, String detail, String before, String after, boolean breaking,
        String reason, List<String> operations) implements Comparable<Change> {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
            .thenComparing(Change::subject)
            .thenComparing(Change::detail)
            .thenComparing(Change::before)
            .thenComparing(Change::after);

    /** Rejects {@code null}s and copies the operations, sorted. */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
        operations = operations.stream().sorted().distinct().toList();
    }

    /**
     * @return a one-line summary for logs and tests, for example
     *     {@code member-added LexConfiguration.InvokedBy: optional structure InvokedBy}
     */
    public String summary() {
        StringBuilder text = new StringBuilder(kind.id()).append(' ').append(subject.path());
        if (!detail.isEmpty()) {
            text.append(' ').append(detail);
        }
        if (!before.isEmpty() || !after.isEmpty()) {
            text.append(": ");
            if (!before.isEmpty() && !after.isEmpty()) {
                text.append(before).append(" -> ").append(after);
            } else {
                text.append(before.isEmpty() ? after : before);
            }
        }
        return text.toString();
    }

    /** Orders by kind, subject, detail, before, after: the changelog's order. */
    @Override
    public int compareTo(Change other) {
        return ORDER.compare(this, other);
    }
}
