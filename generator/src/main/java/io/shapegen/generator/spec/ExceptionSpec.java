package io.shapegen.generator.spec;

import com.palantir.javapoet.ClassName;
import io.shapegen.model.shape.StructureShape;
import java.util.List;

/**
 * An error structure, as an exception class extending the service's base exception.
 *
 * @param shape the model structure
 * @param className the exception class
 * @param members its members, without the message (the base exception carries it)
 * @param errorCode the code that identifies this error on the wire
 * @param javadoc the class documentation, already safe for a Javadoc comment
 */
public record ExceptionSpec(StructureShape shape, ClassName className, List<MemberSpec> members, String errorCode,
        String javadoc) {
    /** Copies the members. */
    public ExceptionSpec {
        members = List.copyOf(members);
    }
}
