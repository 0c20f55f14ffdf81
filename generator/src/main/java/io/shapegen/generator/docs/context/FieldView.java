package io.shapegen.generator.docs.context;

/**
 * A member of a request, response, model or exception, as one bullet of a (possibly nested) list. Rows of
 * nested structures follow their parent with a greater depth.
 *
 * @param depth the nesting level, 0 for a member of the top structure
 * @param indent the spaces before the bullet ({@code 4 * depth})
 * @param name the member's Java name: builder setter and accessor
 * @param wireName the member's name in the model and on the wire
 * @param type the Java type as Markdown, with links to model classes and enums
 * @param required whether the owning structure requires it
 * @param deprecated whether it is deprecated
 * @param details the rest as Markdown, every line already indented under the bullet (deprecation, automatic
 *     filling, constraints, enum values, documentation, notes); {@code ""} when there is nothing to say
 */
public record FieldView(int depth, String indent, String name, String wireName, String type, boolean required,
        boolean deprecated, String details) {
}
