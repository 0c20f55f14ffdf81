package io.shapegen.generator.flavour;

/** Which nullability annotations generated code carries. */
public enum NullabilityAnnotations {
    /** None. */
    NONE,
    /** JSpecify: {@code @NullMarked} types, {@code @Nullable} on what may be absent (needs {@code org.jspecify:jspecify}). */
    JSPECIFY
}
