package io.shapegen.generator.docs.context;

import java.util.List;

/**
 * An enum, a section of enums.md.
 *
 * @param name the enum's simple name
 * @param anchor its anchor in enums.md
 * @param href {@code enums.md#<anchor>}
 * @param summary the first sentence of its documentation (Markdown)
 * @param documentation its documentation (Markdown)
 * @param deprecated whether it is deprecated
 * @param constants every constant, in model order
 * @param unknownConstant the constant for values this SDK version does not know
 * @param definition the constants as Java code
 * @param usedBy the model classes that have a member of this enum
 */
public record EnumView(String name, String anchor, String href, String summary, String documentation,
        boolean deprecated, List<EnumConstantView> constants, String unknownConstant, CodeView definition,
        List<RefView> usedBy) {
    /** Copies the lists. */
    public EnumView {
        constants = List.copyOf(constants);
        usedBy = List.copyOf(usedBy);
    }
}
