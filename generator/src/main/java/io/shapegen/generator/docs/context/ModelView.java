package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * A model class (requests and responses included), a section of models.md.
 *
 * @param name the class's simple name
 * @param anchor its anchor in models.md
 * @param href {@code models.md#<anchor>}
 * @param role {@code request}, {@code response} or {@code model}
 * @param summary the first sentence of its documentation (Markdown)
 * @param documentation its documentation (Markdown)
 * @param deprecated whether it is deprecated
 * @param definition the class's accessors, required first
 * @param definitionFootnotes the notes of {@code definition}, linking its types
 * @param members its members (not nested)
 * @param usedBy the operations (for requests and responses) or model classes that use it
 */
public record ModelView(String name, String anchor, String href, String role, String summary, String documentation,
        boolean deprecated, CodeView definition, List<FootnoteView> definitionFootnotes, List<FieldView> members,
        List<RefView> usedBy) {
    /** Copies the lists. */
    public ModelView {
        definitionFootnotes = List.copyOf(definitionFootnotes);
        members = List.copyOf(members);
        usedBy = List.copyOf(usedBy);
    }
}
