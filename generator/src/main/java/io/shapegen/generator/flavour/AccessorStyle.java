package io.shapegen.generator.flavour;

/** How accessors and builder setters are named. */
public enum AccessorStyle {
    /** {@code name()} and {@code builder.name(value)}, as the AWS SDK v2. */
    FLUENT,
    /** {@code getName()} / {@code isEnabled()} and {@code builder.setName(value)}. */
    BEAN
}
