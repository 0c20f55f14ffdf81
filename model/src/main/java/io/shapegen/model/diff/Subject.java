package io.shapegen.model.diff;

import java.util.Objects;

/**
 * What a change is about: the service, an operation, a shape, or a member of a shape. The members of a list
 * or map are its element ({@code member}), {@code key} and {@code value}.
 *
 * @param level what kind of thing it is
 * @param name the operation or shape name, {@code ""} for the service
 * @param member the member name for {@link Level#MEMBER}, else {@code ""}
 */
public record Subject(Level level, String name, String member) implements Comparable<Subject> {
    /** What kind of thing a subject is. */
    public enum Level {
        /** The service as a whole: its documentation and metadata. */
        SERVICE,
        /** An operation. */
        OPERATION,
        /** A shape. */
        SHAPE,
        /** A member of a structure, or the element, key or value of a list or map. */
        MEMBER
    }

    /** The service itself. */
    public static final Subject SERVICE = new Subject(Level.SERVICE, "", "");

    /** Rejects {@code null}s. */
    public Subject {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(member, "member");
    }

    /** @param name an operation name @return the operation */
    public static Subject operation(String name) {
        return new Subject(Level.OPERATION, name, "");
    }

    /** @param name a shape name @return the shape */
    public static Subject shape(String name) {
        return new Subject(Level.SHAPE, name, "");
    }

    /** @param shape a shape name @param member a member name @return the member of that shape */
    public static Subject member(String shape, String member) {
        return new Subject(Level.MEMBER, shape, member);
    }

    /** @return {@code service}, {@code Operation}, {@code Shape} or {@code Shape.Member} */
    public String path() {
        return switch (level) {
            case SERVICE -> "service";
            case OPERATION, SHAPE -> name;
            case MEMBER -> name + "." + member;
        };
    }

    /** Orders by path, then level: what a changelog lists alphabetically. */
    @Override
    public int compareTo(Subject other) {
        int byName = name.compareTo(other.name);
        if (byName != 0) {
            return byName;
        }
        int byMember = member.compareTo(other.member);
        return byMember != 0 ? byMember : level.compareTo(other.level);
    }

    @Override
    public String toString() {
        return path();
    }
}
