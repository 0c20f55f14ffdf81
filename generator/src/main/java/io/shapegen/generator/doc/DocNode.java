package io.shapegen.generator.doc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A node of model documentation, parsed from the model's HTML. Text is decoded (no entities left). */
public sealed interface DocNode {

    /** Plain text, with entities decoded. @param text the text */
    record Text(String text) implements DocNode {
    }

    /**
     * An element.
     *
     * @param tag the lower-case tag name
     * @param href the link target of an {@code <a>}, if any
     * @param children the content
     */
    record Element(String tag, Optional<String> href, List<DocNode> children) implements DocNode {
        /** Lower-cases the tag and copies the children. */
        public Element {
            tag = tag.toLowerCase(Locale.ROOT);
            children = List.copyOf(children);
        }

        /** @return whether the element starts a block (a paragraph, a list, a note …) rather than inline text */
        public boolean isBlock() {
            return switch (tag) {
                case "p", "ul", "ol", "li", "note", "important", "div", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
                        "h5", "h6", "pre", "blockquote", "table", "tr" -> true;
                default -> false;
            };
        }
    }
}
