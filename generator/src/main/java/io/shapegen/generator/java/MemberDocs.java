package io.shapegen.generator.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.doc.JavadocRenderer;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.model.shape.ShapeTraits;

/**
 * Javadoc for generated types and member methods, from the model's (already sanitized) documentation, in
 * the order Javadoc requires: description, notes, then block tags.
 */
final class MemberDocs {
    private MemberDocs() {
    }

    static void addTypeJavadoc(TypeSpec.Builder type, String javadoc, ShapeTraits traits) {
        if (!javadoc.isEmpty()) {
            type.addJavadoc("$L\n", javadoc);
        }
        if (traits.deprecated()) {
            type.addJavadoc("$L@deprecated $L\n", javadoc.isEmpty() ? "" : "\n", deprecationText(traits.deprecatedMessage()));
        }
    }

    /**
     * Documents a member method and marks it deprecated when the member is.
     *
     * @param method the accessor or setter
     * @param member the member
     * @param note an extra paragraph after the model documentation, or {@code ""}; a format string
     * @param tags block tags such as {@code @param} and {@code @return}, each ending in a newline; a format string
     * @param args the arguments of {@code note} and then of {@code tags}
     */
    static void addMemberJavadoc(MethodSpec.Builder method, MemberSpec member, String note, String tags, Object... args) {
        CodeBlock.Builder doc = CodeBlock.builder();
        boolean hasDescription = !member.javadoc().isEmpty();
        if (hasDescription) {
            doc.add("$L\n", member.javadoc());
        }
        String template = (note.isEmpty() ? "" : (hasDescription ? "\n<p>" : "") + note + "\n") + "\n" + tags;
        doc.add(template, args);
        if (member.member().traits().deprecated()) {
            method.addAnnotation(Deprecated.class);
            doc.add("@deprecated $L\n", deprecationText(member.member().traits().deprecatedMessage()));
        }
        method.addJavadoc(doc.build());
    }

    static String deprecationText(String message) {
        String text = JavadocRenderer.render(message);
        return text.isEmpty() ? "deprecated by the service" : text;
    }

    /** @return {@code {@code Name}} for the member's model name, made safe for a comment */
    static String codeName(MemberSpec member) {
        StringBuilder out = new StringBuilder();
        for (char c : member.member().name().toCharArray()) {
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') ? c : '_');
        }
        return "{@code " + out + "}";
    }
}
