package io.shapegen.generator.docs.context;

/**
 * A code example.
 *
 * @param language the fence's info string: {@code java}, {@code json} or {@code xml}
 * @param code the code, lines separated by {@code \n}
 * @param block the whole fenced code block as Markdown, with a fence no line of the code can close
 */
public record CodeView(String language, String code, String block) {
}
