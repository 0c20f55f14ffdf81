package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.CodeView;

/** Code examples as template values. */
final class CodeBlocks {
    private CodeBlocks() {
    }

    /** @param language the fence's info string @param code the code @return the example, with its fenced block */
    static CodeView of(String language, String code) {
        return new CodeView(language, code, MarkdownText.codeBlock(language, code));
    }
}
