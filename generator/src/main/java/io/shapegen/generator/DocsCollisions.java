package io.shapegen.generator;

import io.shapegen.generator.docs.DocsException;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.model.ModelPosition;
import java.util.Optional;

/**
 * Turns a docs heading or page collision into a located model error: the collision comes from the names of
 * operations or shapes, so the user is pointed at the model element to rename.
 */
final class DocsCollisions {
    private DocsCollisions() {
    }

    static RuntimeException locate(DocsException collision, ServiceSpec service) {
        for (String name : collision.collidingNames()) {
            Optional<ModelPosition> position = positionOf(name, service);
            if (position.isPresent()) {
                return position.get().error(collision.getMessage(),
                        "Rename the operation or shape in the model, or set generateDocs to false.");
            }
        }
        return collision;
    }

    private static Optional<ModelPosition> positionOf(String name, ServiceSpec service) {
        for (OperationSpec operation : service.operations()) {
            if (operation.methodName().equals(name) || operation.operation().name().equals(name)) {
                return Optional.of(operation.operation().position());
            }
        }
        for (StructureSpec structure : service.structures()) {
            if (structure.className().simpleName().equals(name)) {
                return Optional.of(structure.shape().position());
            }
        }
        for (ExceptionSpec exception : service.exceptions()) {
            if (exception.className().simpleName().equals(name)) {
                return Optional.of(exception.shape().position());
            }
        }
        for (EnumSpec spec : service.enums()) {
            if (spec.className().simpleName().equals(name)) {
                return Optional.of(spec.shape().position());
            }
        }
        return Optional.empty();
    }

}
