package io.shapegen.model.diff;

import java.util.Locale;

/**
 * What kind of change a {@link Change} is. The order is the order of the changelog: operations, shapes, members,
 * values and bindings, then traits and documentation.
 */
public enum ChangeKind {
    /** An operation (a client method) was added. */
    OPERATION_ADDED("operation added"),
    /** An operation (a client method) was removed. */
    OPERATION_REMOVED("operation removed"),
    /** An operation takes a different input shape (or gained or lost its input). */
    OPERATION_INPUT_CHANGED("operation input changed"),
    /** An operation returns a different output shape (or gained or lost its output). */
    OPERATION_OUTPUT_CHANGED("operation output changed"),
    /** An operation may answer with one more modeled error. */
    OPERATION_ERROR_ADDED("operation error added"),
    /** An operation no longer lists a modeled error. */
    OPERATION_ERROR_REMOVED("operation error removed"),
    /** A shape was added. */
    SHAPE_ADDED("shape added"),
    /** A shape was removed. */
    SHAPE_REMOVED("shape removed"),
    /** A shape kept its name but changed its type (for example string to enum, structure to exception). */
    SHAPE_TYPE_CHANGED("shape type changed"),
    /** A structure gained a member. */
    MEMBER_ADDED("member added"),
    /** A structure lost a member. */
    MEMBER_REMOVED("member removed"),
    /** A member (or list element, map key or value) now has another Java type. */
    MEMBER_TYPE_CHANGED("member type changed"),
    /** A member refers to another shape, but its Java type stays the same. */
    MEMBER_TARGET_CHANGED("member target changed"),
    /** A member became required. */
    REQUIRED_ADDED("required added"),
    /** A member is no longer required. */
    REQUIRED_REMOVED("required removed"),
    /** An enum gained a value. */
    ENUM_VALUE_ADDED("enum value added"),
    /** An enum lost a value. */
    ENUM_VALUE_REMOVED("enum value removed"),
    /** How an operation, a member or a payload maps to HTTP changed. */
    HTTP_BINDING_CHANGED("http binding changed"),
    /** Values became sensitive: {@code toString} redacts them. */
    SENSITIVE_ADDED("sensitive added"),
    /** Values are no longer sensitive: {@code toString} prints them. */
    SENSITIVE_REMOVED("sensitive removed"),
    /** Another trait changed: constraints, deprecation, timestamp format, error code, service metadata, ... */
    TRAIT_CHANGED("trait changed"),
    /** Only the documentation changed. */
    DOCUMENTATION_CHANGED("documentation changed");

    private final String title;

    ChangeKind(String title) {
        this.title = title;
    }

    /** @return the stable identifier used in the JSON report, for example {@code member-added} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return a lower-case phrase for messages, for example {@code member added} */
    public String title() {
        return title;
    }
}
