package io.shapegen.generator.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.shapegen.generator.spec.MemberSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The {@code toString()} of model classes: model member names, sensitive values redacted. */
final class ToStringMethod {
    private ToStringMethod() {
    }

    static MethodSpec of(String typeName, List<MemberSpec> members) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return $T.builder($S)", RuntimeTypes.TO_STRING, typeName);
        chain.indent();
        for (MemberSpec member : members) {
            chain.add("\n.$L($S, this.$N)", member.sensitive() ? "addSensitive" : "add", member.member().name(),
                    member.name());
        }
        chain.add("\n.build()").unindent();
        return MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("$L", chain.build()).build();
    }
}
