package io.shapegen.generator.spec;

import io.shapegen.model.Operation;
import java.util.List;

/**
 * An operation as client methods see it.
 *
 * @param operation the model operation
 * @param methodName the client method name, for example {@code createAppInstance}
 * @param request the request class
 * @param response the response class
 * @param errors the exceptions it declares, in model order
 * @param javadoc the method documentation, already safe for a Javadoc comment
 */
public record OperationSpec(Operation operation, String methodName, StructureSpec request, StructureSpec response,
        List<ExceptionSpec> errors, String javadoc) {
    /** Copies the errors. */
    public OperationSpec {
        errors = List.copyOf(errors);
    }
}
