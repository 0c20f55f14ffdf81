package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.StructureSpec;
import javax.lang.model.element.Modifier;

/** Emits the nested {@code Builder} of a model class. */
final class ModelBuilderEmitter {
    private final ClassName model;
    private final ClassName builder;
    private final Nullness nullness;

    ModelBuilderEmitter(ClassName model, ClassName builder, Nullness nullness) {
        this.model = model;
        this.builder = builder;
        this.nullness = nullness;
    }

    TypeSpec emit(StructureSpec structure) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T} objects. Not thread-safe.\n", model)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copyConstructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(model, "model");
        for (MemberSpec member : structure.members()) {
            type.addField(FieldSpec.builder(nullness.nullable(member.storageType()), member.name(), Modifier.PRIVATE).build());
            copyConstructor.addStatement("this.$N = model.$N", member.name(), member.name());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copyConstructor.build());
        MemberSetters setters = new MemberSetters(nullness);
        for (MemberSpec member : structure.members()) {
            setters.add(type, builder, member);
        }
        type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(model)
                .addJavadoc("@return a new immutable {@link $T} with this builder's values\n", model)
                .addStatement("return new $T(this)", model).build());
        return type.build();
    }
}
