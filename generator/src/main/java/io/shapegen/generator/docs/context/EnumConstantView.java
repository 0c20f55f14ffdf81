package io.shapegen.generator.docs.context;

/**
 * One constant of an enum.
 *
 * @param name the Java constant
 * @param value the value on the wire, as an inline code span (Markdown)
 */
public record EnumConstantView(String name, String value) {
}
