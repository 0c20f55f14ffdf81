package io.shapegen.generator.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.MemberSpec;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The write side of a member, on a builder: the plain setter, plus conveniences by kind (enum or string,
 * varargs for lists, a nested builder for structures). Collections are copied into unmodifiable ones.
 */
final class MemberSetters {
    private final Nullness nullness;

    /** @param nullness whether setter parameters are annotated {@code @Nullable} */
    MemberSetters(Nullness nullness) {
        this.nullness = nullness;
    }

    void add(TypeSpec.Builder builder, ClassName builderType, MemberSpec member) {
        String name = member.name();
        String setter = member.setterName();
        String code = MemberDocs.codeName(member);
        switch (member.kind()) {
            case SCALAR -> {
                builder.addMethod(setter(builderType, member, member.storageType(), "@param $N the $L member\n", name, code)
                        .addStatement("this.$N = $N", name, name).addStatement("return this").build());
                member.nestedBuilderOf().ifPresent(nested -> builder.addMethod(nestedSetter(builderType, member, nested)));
            }
            case ENUM -> {
                builder.addMethod(setter(builderType, member, ClassName.get(String.class),
                        "@param $N the $L member, as sent on the wire\n", name, code)
                        .addStatement("this.$N = $N", name, name).addStatement("return this").build());
                builder.addMethod(setter(builderType, member, member.enumClass().orElseThrow(),
                        "@param $N the $L member\n", name, code)
                        .addStatement("this.$N = $N == null ? null : $N.toString()", name, name, name)
                        .addStatement("return this").build());
            }
            case LIST -> addListSetters(builder, builderType, member, setter, member.elementType().orElseThrow(), name);
            case ENUM_LIST -> {
                String withStrings = member.withStringsName().orElseThrow();
                addListSetters(builder, builderType, member, withStrings, ClassName.get(String.class), name);
                ClassName enumClass = member.enumClass().orElseThrow();
                builder.addMethod(setter(builderType, member, collectionOf(enumClass), "@param $N the $L member\n", name, code)
                        .addStatement("this.$N = $N == null ? null : $N.stream().map($T::toString).collect($T.toUnmodifiableList())",
                                name, name, name, enumClass, Collectors.class)
                        .addStatement("return this").build());
                builder.addMethod(setter(builderType, member, ArrayTypeName.of(enumClass), "@param $N the $L member\n", name, code)
                        .varargs(true)
                        .addStatement("return $N($N == null ? null : $T.asList($N))", setter, name, Arrays.class, name).build());
            }
            case MAP -> builder.addMethod(setter(builderType, member, member.storageType(),
                    "@param $N the $L member; copied\n", name, code)
                    .addStatement("this.$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N))", name, name,
                            Collections.class, LinkedHashMap.class, name)
                    .addStatement("return this").build());
            default -> throw new IllegalStateException(member.kind().toString());
        }
    }

    private void addListSetters(TypeSpec.Builder builder, ClassName builderType, MemberSpec member,
            String methodName, TypeName element, String field) {
        String code = MemberDocs.codeName(member);
        builder.addMethod(setter(builderType, member, methodName, collectionOf(element), field, "@param $N the $L member; copied\n", field, code)
                .addStatement("this.$N = $N == null ? null : $T.copyOf($N)", field, field, List.class, field)
                .addStatement("return this").build());
        if (!(element instanceof ParameterizedTypeName)) {
            builder.addMethod(setter(builderType, member, methodName, ArrayTypeName.of(element), field, "@param $N the $L member\n", field, code)
                    .varargs(true)
                    .addStatement("return $N($N == null ? null : $T.asList($N))", methodName, field, Arrays.class, field)
                    .build());
        }
    }

    private MethodSpec nestedSetter(ClassName builderType, MemberSpec member, ClassName nested) {
        String name = member.name();
        String setter = member.setterName();
        ClassName nestedBuilder = nested.nestedClass("Builder");
        return setter(builderType, member, ParameterizedTypeName.get(ClassName.get(Consumer.class), nestedBuilder),
                "@param $N fills a new builder of the $L member\n", name, MemberDocs.codeName(member))
                .addStatement("$T builder = $T.builder()", nestedBuilder, nested)
                .addStatement("$N.accept(builder)", name)
                .addStatement("return $N(builder.build())", setter).build();
    }

    private MethodSpec.Builder setter(ClassName builderType, MemberSpec member, TypeName parameter,
            String paramDoc, Object... args) {
        return setter(builderType, member, member.setterName(), parameter, member.name(), paramDoc, args);
    }

    private MethodSpec.Builder setter(ClassName builderType, MemberSpec member, String methodName,
            TypeName parameter, String parameterName, String paramDoc, Object... args) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName).addModifiers(Modifier.PUBLIC)
                .returns(builderType).addParameter(parameter instanceof ArrayTypeName ? parameter
                        : nullness.nullable(parameter), parameterName);
        Object[] allArgs = Arrays.copyOf(args, args.length);
        MemberDocs.addMemberJavadoc(method, member, "", paramDoc + "@return this builder\n", allArgs);
        return method;
    }

    private static TypeName collectionOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(Collection.class), element.box());
    }
}
