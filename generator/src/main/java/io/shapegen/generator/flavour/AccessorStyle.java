package io.shapegen.generator.flavour;

/** How accessors and builder setters are named. */
public enum AccessorStyle {
    /** {@code name()} and {@code builder.name(value)}, as the AWS SDK v2. */
    FLUENT,
    /** {@code getName()} (also for booleans: they are {@code Boolean}, which may be absent) and {@code builder.setName(value)}. */
    BEAN
}
