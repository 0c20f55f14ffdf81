package io.shapegen.generator.flavour;

/** How model classes are written. */
public enum ModelStyle {
    /** Final classes with private fields, a nested {@code Builder} and {@code toBuilder()}, as the AWS SDK v2. */
    BUILDERS,
    /** Java records, each with a static {@code builder()} and a nested {@code Builder}. */
    RECORDS
}
