package io.shapegen.generator.java;

import com.palantir.javapoet.MethodSpec;
import io.shapegen.generator.spec.MemberSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The {@code toString()} of model classes: model member names, sensitive values redacted. One statement per
 * member (a fluent chain would nest as deep as the member count), split into chunks for huge structures.
 */
final class ToStringMethod {
    private ToStringMethod() {
    }

    static List<MethodSpec> of(String typeName, List<MemberSpec> members) {
        return of(typeName, members, MemberSpec::name);
    }

    /** @param field the field holding each member's value */
    static List<MethodSpec> of(String typeName, List<MemberSpec> members, Function<MemberSpec, String> field) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addStatement("$T text = $T.builder($S)", RuntimeTypes.TO_STRING, RuntimeTypes.TO_STRING, typeName);
        List<List<MemberSpec>> chunks = MemberChunks.of(members);
        List<MethodSpec> methods = new ArrayList<>();
        if (chunks.size() <= 1) {
            addMembers(method, members, field);
        } else {
            for (int i = 0; i < chunks.size(); i++) {
                String name = MemberChunks.name("toString", i);
                method.addStatement("$N(text)", name);
                MethodSpec.Builder chunk = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.TO_STRING, "text");
                addMembers(chunk, chunks.get(i), field);
                methods.add(chunk.build());
            }
        }
        methods.add(0, method.addStatement("return text.build()").build());
        return methods;
    }

    private static void addMembers(MethodSpec.Builder method, List<MemberSpec> members, Function<MemberSpec, String> field) {
        for (MemberSpec member : members) {
            method.addStatement("text.$L($S, this.$N)", member.sensitive() ? "addSensitive" : "add", member.member().name(),
                    field.apply(member));
        }
    }
}
