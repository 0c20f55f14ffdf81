package io.shapegen.generator.docs.context;

/**
 * A numbered note under a code block: the code marks the line with {@code // (number)}.
 *
 * @param number the number, from 1 within one code block
 * @param markdown the note, as Markdown (links to the types used on that line)
 */
public record FootnoteView(int number, String markdown) {
}
