package io.shapegen.generator.docs;

import com.palantir.javapoet.TypeName;
import io.shapegen.generator.docs.context.FootnoteView;
import java.util.ArrayList;
import java.util.List;

/** The numbered notes under one code block, each linking the documented types of one line. */
final class Footnotes {
    private final DocsIndex index;
    private final String root;
    private final List<FootnoteView> notes = new ArrayList<>();

    Footnotes(DocsIndex index, String root) {
        this.index = index;
        this.root = root;
    }

    /**
     * @param type the type used on a line
     * @return the line's marker, {@code (n)}, or {@code ""} when the type mentions no documented class
     */
    String mark(TypeName type) {
        if (index.documented(type).isEmpty()) {
            return "";
        }
        int number = notes.size() + 1;
        notes.add(new FootnoteView(number, "See " + index.typeMarkdown(type, root)));
        return "(" + number + ")";
    }

    /** @param markdown a note @return the line's marker, {@code (n)} */
    String note(String markdown) {
        int number = notes.size() + 1;
        notes.add(new FootnoteView(number, markdown));
        return "(" + number + ")";
    }

    /** @return the notes in number order */
    List<FootnoteView> list() {
        return List.copyOf(notes);
    }

    /** @param code a line of code @param comments what to say about it, blanks skipped @return the commented line */
    static String comment(String code, String... comments) {
        List<String> parts = new ArrayList<>();
        for (String comment : comments) {
            if (!comment.isBlank()) {
                parts.add(comment);
            }
        }
        return parts.isEmpty() ? code : code + "  // " + String.join(" ", parts);
    }
}
