package io.shapegen.generator.spec;

import io.shapegen.model.ServiceModel;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;

/**
 * Where members travel on the wire, decided once for the spec and the emitters. The locations of a
 * top-level input, output or error apply under rest-json only; nested structures are JSON all through.
 */
public final class WireBindings {
    private WireBindings() {
    }

    /**
     * @param member a member of a top-level input, output or error structure
     * @param rest whether the protocol binds members to HTTP (rest-json)
     * @return whether the member travels in the JSON body (a payload member is in the body too)
     */
    public static boolean inBody(Member member, boolean rest) {
        return !rest || member.location() == MemberLocation.BODY;
    }

    /**
     * Members whose values cannot travel in a JSON body: exceptions held as members and event streams,
     * which need streaming support the runtime does not have yet (an event-stream payload is neither sent nor
     * read, so such operations send their other members and return the rest of their output).
     *
     * @param model the model
     * @param member a member
     * @return whether generated code reads and writes the member
     */
    public static boolean isSerialized(ServiceModel model, Member member) {
        Shape target = model.shape(member.target());
        return !(target instanceof StructureShape structure) || !structure.isException()
                && structure.kind() != StructureShape.Kind.EVENT_STREAM;
    }
}
