package io.shapegen.generator.docs.context;

/**
 * A link to something documented on another page or section.
 *
 * @param name what it is called: a Java identifier or class name
 * @param href where it is documented, relative to the docs folder ({@code models.md#tag})
 * @param summary a one-sentence description as Markdown, {@code ""} when there is none
 */
public record RefView(String name, String href, String summary) {
}
