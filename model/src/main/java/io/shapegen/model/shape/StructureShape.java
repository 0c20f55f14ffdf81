package io.shapegen.model.shape;

import java.util.List;
import java.util.Optional;

/**
 * A {@code structure} shape: a plain structure, a union, an exception or an event (stream).
 *
 * @param name the shape's name
 * @param traits its traits
 * @param members the members in model order
 * @param kind what the structure is used as
 * @param error the error trait of an exception, if given
 * @param fault whether an exception is the service's fault
 * @param payload the name of the member that is the whole HTTP payload, if any
 */
public record StructureShape(String name, ShapeTraits traits, List<Member> members, Kind kind,
        Optional<ErrorTrait> error, boolean fault, Optional<String> payload) implements Shape {

    /** What a structure is used as. */
    public enum Kind {
        /** An ordinary structure. */
        STRUCTURE,
        /** Exactly one member may be set ({@code union}). */
        UNION,
        /** An error the service may answer with ({@code exception}). */
        EXCEPTION,
        /** A stream of events ({@code eventstream}). */
        EVENT_STREAM,
        /** One event of an event stream ({@code event}). */
        EVENT
    }

    /** Copies the members. */
    public StructureShape {
        members = List.copyOf(members);
    }

    @Override
    public String typeName() {
        return "structure";
    }

    /** @param memberName a member's model name @return the member, if present */
    public Optional<Member> member(String memberName) {
        return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
    }

    /** @return whether the structure is an exception */
    public boolean isException() {
        return kind == Kind.EXCEPTION;
    }
}
