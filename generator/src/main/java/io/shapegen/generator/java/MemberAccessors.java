package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.MemberSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** The read side of a member: accessor, presence check and raw-string view. */
final class MemberAccessors {
    private static final String COLLECTION_NOTE = "Never {@code null}: empty when absent; {@link #$N()} tells the two apart.";

    private MemberAccessors() {
    }

    static void add(TypeSpec.Builder type, MemberSpec member, Nullness nullness) {
        add(type, member, nullness, member.name());
    }

    /**
     * @param field the field holding the member's value (records keep an enum's raw string under its
     *     {@code ...AsString} name)
     */
    static void add(TypeSpec.Builder type, MemberSpec member, Nullness nullness, String field) {
        boolean mayBeAbsent = member.kind() == MemberSpec.Kind.SCALAR || member.kind() == MemberSpec.Kind.ENUM;
        MethodSpec.Builder accessor = MethodSpec.methodBuilder(member.getterName()).addModifiers(Modifier.PUBLIC)
                .returns(mayBeAbsent ? nullness.nullable(member.accessorType()) : member.accessorType());
        String code = MemberDocs.codeName(member);
        switch (member.kind()) {
            case SCALAR -> {
                MemberDocs.addMemberJavadoc(accessor, member, "", "@return the $L member, {@code null} when absent\n", code);
                accessor.addStatement("return this.$N", field);
            }
            case ENUM -> {
                ClassName enumClass = member.enumClass().orElseThrow();
                String raw = member.asStringName().orElseThrow();
                MemberDocs.addMemberJavadoc(accessor, member,
                        "A value this SDK version does not know is returned as {@link $T#UNKNOWN_TO_SDK_VERSION}; {@link #$N()} returns it as sent.",
                        "@return the $L member, {@code null} when absent\n", enumClass, raw, code);
                accessor.addStatement("return $T.fromValue(this.$N)", enumClass, field);
                if (!raw.equals(field)) {
                    type.addMethod(MethodSpec.methodBuilder(raw).addModifiers(Modifier.PUBLIC)
                            .addJavadoc("@return the $L member exactly as sent, {@code null} when absent\n", code)
                            .returns(nullness.nullable(ClassName.get(String.class))).addStatement("return this.$N", field).build());
                }
            }
            case LIST, MAP -> {
                MemberDocs.addMemberJavadoc(accessor, member, COLLECTION_NOTE, "@return the $L member\n",
                        member.hasName().orElseThrow(), code);
                accessor.addStatement("return this.$N == null ? $T.of() : this.$N", field,
                        member.kind() == MemberSpec.Kind.LIST ? List.class : Map.class, field);
                addHas(type, member, code, field);
            }
            case ENUM_LIST -> {
                ClassName enumClass = member.enumClass().orElseThrow();
                MemberDocs.addMemberJavadoc(accessor, member, COLLECTION_NOTE, "@return the $L member\n",
                        member.hasName().orElseThrow(), code);
                accessor.addStatement("return this.$N == null ? $T.of() : this.$N.stream().map($T::fromValue).collect($T.toUnmodifiableList())",
                        field, List.class, field, enumClass, Collectors.class);
                type.addMethod(MethodSpec.methodBuilder(member.asStringName().orElseThrow()).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return the $L member exactly as sent, empty when absent\n", code)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)))
                        .addStatement("return this.$N == null ? $T.of() : this.$N", field, List.class, field)
                        .build());
                addHas(type, member, code, field);
            }
            default -> throw new IllegalStateException(member.kind().toString());
        }
        type.addMethod(accessor.build());
    }

    private static void addHas(TypeSpec.Builder type, MemberSpec member, String code, String field) {
        type.addMethod(MethodSpec.methodBuilder(member.hasName().orElseThrow()).addModifiers(Modifier.PUBLIC)
                .addJavadoc("@return whether the $L member was set, even to an empty collection\n", code)
                .returns(boolean.class).addStatement("return this.$N != null", field).build());
    }
}
