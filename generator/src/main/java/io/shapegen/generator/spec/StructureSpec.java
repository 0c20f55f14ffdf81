package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.model.shape.StructureShape;
import java.util.List;

/**
 * A structure that becomes an immutable model class with a builder (requests and responses included).
 *
 * @param shape the model structure (synthetic and empty for an operation without input or output)
 * @param className the class
 * @param members the members in model order
 * @param role what the class is used for
 * @param javadoc the class documentation, already safe for a Javadoc comment
 */
public record StructureSpec(StructureShape shape, ClassName className, List<MemberSpec> members, Role role,
        String javadoc) {

    /** What a model class is used for. */
    public enum Role {
        /** An operation's input. */
        REQUEST,
        /** An operation's output. */
        RESPONSE,
        /** Anything else. */
        MODEL
    }

    /** Copies the members. */
    public StructureSpec {
        members = List.copyOf(members);
    }
}
