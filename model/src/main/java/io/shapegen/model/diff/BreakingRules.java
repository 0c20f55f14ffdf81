package io.shapegen.model.diff;

import java.util.List;

/**
 * The one place that decides whether a change breaks a client user, and says why. "Breaking" means that code
 * written against the SDK generated from the old model may stop compiling, or that calls it makes may start to
 * fail, with the SDK generated from the new model. Only shapes some operation used in the old model had Java code,
 * so changes to other shapes never break. docs/changes.md has these rules as a table; keep the two in step.
 */
final class BreakingRules {
    private static final String UNUSED = "No operation used it in the old model, so the old SDK has no code for it.";

    private final DiffContext context;

    BreakingRules(DiffContext context) {
        this.context = context;
    }

    Change operationAdded(String operation) {
        return change(ChangeKind.OPERATION_ADDED, Subject.operation(operation), "", "", "", false,
                "A new client method; existing calls are unaffected.", List.of(operation));
    }

    Change operationRemoved(String operation) {
        return change(ChangeKind.OPERATION_REMOVED, Subject.operation(operation), "", "", "", true,
                "The client method is removed, so code that calls it no longer compiles.", List.of(operation));
    }

    Change operationShapeChanged(ChangeKind kind, String operation, String before, String after) {
        String side = kind == ChangeKind.OPERATION_INPUT_CHANGED ? "request" : "response";
        return change(kind, Subject.operation(operation), "", before, after, true,
                "The " + side + " is now another structure; its class and members may differ, and the two shapes "
                        + "are not compared member by member.", List.of(operation));
    }

    Change operationErrorAdded(String operation, String error) {
        return change(ChangeKind.OPERATION_ERROR_ADDED, Subject.operation(operation), error, "", "", false,
                "Modeled exceptions are unchecked: callers need not catch the new one.", List.of(operation));
    }

    Change operationErrorRemoved(String operation, String error) {
        return change(ChangeKind.OPERATION_ERROR_REMOVED, Subject.operation(operation), error, "", "", false,
                "Exceptions are unchecked: a catch block for it still compiles while its class exists.",
                List.of(operation));
    }

    Change shapeAdded(String shape, String type) {
        return change(ChangeKind.SHAPE_ADDED, Subject.shape(shape), "", "", type, false,
                "A new type; nothing existing refers to it.", context.operationsUsing(shape));
    }

    Change shapeRemoved(String shape, String type, boolean ownJavaType) {
        boolean breaking = ownJavaType && context.generatedBefore(shape);
        String reason = breaking ? "Its " + javaKind(type) + " is no longer generated, so code that uses it no "
                + "longer compiles."
                : !context.generatedBefore(shape) ? UNUSED
                : "A " + type + " shape has no Java type of its own; members that used it are listed separately.";
        return change(ChangeKind.SHAPE_REMOVED, Subject.shape(shape), "", type, "", breaking, reason,
                context.operationsUsing(shape));
    }

    Change shapeTypeChanged(String shape, String before, String after, boolean hadOwnJavaType) {
        boolean breaking = hadOwnJavaType && context.generatedBefore(shape);
        String reason = breaking ? "Its " + javaKind(before) + " is replaced or removed, so code that uses it may "
                + "no longer compile."
                : !context.generatedBefore(shape) ? UNUSED
                : "A " + before + " shape has no Java type of its own; members whose type changes are listed "
                        + "separately.";
        return change(ChangeKind.SHAPE_TYPE_CHANGED, Subject.shape(shape), "", before, after, breaking, reason,
                context.operationsUsing(shape));
    }

    Change memberAdded(String shape, String member, String type, boolean required) {
        boolean breaking = required && context.inRequest(shape);
        String reason;
        if (breaking) {
            reason = "Required in a request: callers must now set it, and requests without it fail.";
        } else if (required && context.inResponse(shape)) {
            reason = "Required only in responses, which the service fills; callers build no such value.";
        } else if (required) {
            reason = UNUSED;
        } else {
            reason = "Optional: existing calls need not set it.";
        }
        return change(ChangeKind.MEMBER_ADDED, Subject.member(shape, member), "", "",
                (required ? "required " : "optional ") + type, breaking, reason, context.operationsUsing(shape));
    }

    Change memberRemoved(String shape, String member, String type) {
        boolean breaking = context.generatedBefore(shape);
        String reason = breaking ? "Its accessor and builder setter are removed, so code that uses them no longer "
                + "compiles." : UNUSED;
        return change(ChangeKind.MEMBER_REMOVED, Subject.member(shape, member), "", type, "", breaking, reason,
                context.operationsUsing(shape));
    }

    Change memberTypeChanged(String shape, String member, String before, String after) {
        boolean breaking = context.generatedBefore(shape);
        String reason = breaking ? "Its Java type changes, so code that reads or sets it may no longer compile."
                : UNUSED;
        return change(ChangeKind.MEMBER_TYPE_CHANGED, Subject.member(shape, member), "", before, after, breaking,
                reason, context.operationsUsing(shape));
    }

    Change memberTargetChanged(String shape, String member, String before, String after, String javaType) {
        return change(ChangeKind.MEMBER_TARGET_CHANGED, Subject.member(shape, member), "", before, after, false,
                "Its Java type (" + javaType + ") stays the same.", context.operationsUsing(shape));
    }

    Change requiredAdded(String shape, String member) {
        boolean breaking = context.inRequest(shape);
        String reason = breaking ? "Used in a request: callers must now set it, and requests without it fail."
                : context.inResponse(shape) ? "Used only in responses: the service now promises to fill it." : UNUSED;
        return change(ChangeKind.REQUIRED_ADDED, Subject.member(shape, member), "", "", "", breaking, reason,
                context.operationsUsing(shape));
    }

    Change requiredRemoved(String shape, String member) {
        String request = "Callers may still set it; they no longer have to.";
        String response = "Responses may now leave it out: code that assumed a value should check for null.";
        String reason = context.inRequest(shape) && context.inResponse(shape) ? request + " " + response
                : context.inRequest(shape) ? request : context.inResponse(shape) ? response : UNUSED;
        return change(ChangeKind.REQUIRED_REMOVED, Subject.member(shape, member), "", "", "", false, reason,
                context.operationsUsing(shape));
    }

    Change enumValueAdded(String shape, String value) {
        return change(ChangeKind.ENUM_VALUE_ADDED, Subject.shape(shape), value, "", "", false,
                "A new constant; an older SDK reads the value as UNKNOWN_TO_SDK_VERSION.",
                context.operationsUsing(shape));
    }

    Change enumValueRemoved(String shape, String value) {
        boolean breaking = context.generatedBefore(shape);
        String reason;
        if (!breaking) {
            reason = UNUSED;
        } else if (context.inRequest(shape)) {
            reason = "Requests that send it are rejected, and its enum constant is removed, so code that names it "
                    + "no longer compiles.";
        } else {
            reason = "Its enum constant is removed, so code that names it no longer compiles.";
        }
        return change(ChangeKind.ENUM_VALUE_REMOVED, Subject.shape(shape), value, "", "", breaking, reason,
                context.operationsUsing(shape));
    }

    Change httpBindingChanged(Subject subject, String before, String after, List<String> operations) {
        return change(ChangeKind.HTTP_BINDING_CHANGED, subject, "", before, after, false,
                "The generated client follows the new binding; the Java API is unchanged.", operations);
    }

    Change sensitiveChanged(Subject subject, boolean nowSensitive, List<String> operations) {
        return nowSensitive
                ? change(ChangeKind.SENSITIVE_ADDED, subject, "", "", "", false,
                        "Behaviour only: toString now redacts its values.", operations)
                : change(ChangeKind.SENSITIVE_REMOVED, subject, "", "", "", false,
                        "Behaviour only: toString now prints its values; check what your logs may show.", operations);
    }

    Change traitChanged(Subject subject, String trait, String before, String after, List<String> operations) {
        if (subject.level() == Subject.Level.SERVICE && trait.equals("serviceId")) {
            return change(ChangeKind.TRAIT_CHANGED, subject, trait, before, after, true,
                    "The client interface and the default package are named after the service id, so they are "
                            + "renamed.", operations);
        }
        return change(ChangeKind.TRAIT_CHANGED, subject, trait, before, after, false,
                "The Java API is unchanged.", operations);
    }

    Change documentationChanged(Subject subject, List<String> operations) {
        return change(ChangeKind.DOCUMENTATION_CHANGED, subject, "", "", "", false, "Documentation only.",
                operations);
    }

    private static String javaKind(String shapeType) {
        return shapeType.equals("enum") ? "enum" : shapeType.equals("exception") ? "exception class" : "class";
    }

    private static Change change(ChangeKind kind, Subject subject, String detail, String before, String after,
            boolean breaking, String reason, List<String> operations) {
        return new Change(kind, subject, detail, before, after, breaking, reason, operations);
    }
}
