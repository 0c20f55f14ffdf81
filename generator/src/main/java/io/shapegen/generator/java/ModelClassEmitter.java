package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits one immutable model class: fields, fluent accessors, {@code hasXxx()} for lists and maps, enum
 * views, {@code builder()}/{@code toBuilder()}, {@code equals}, {@code hashCode} and a redacting
 * {@code toString}.
 */
final class ModelClassEmitter {
    private final ServiceSpec service;

    ModelClassEmitter(ServiceSpec service) {
        this.service = service;
    }

    JavaFile emit(StructureSpec structure) {
        ClassName self = structure.className();
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        MemberDocs.addTypeJavadoc(type, structure.javadoc(), structure.shape().traits());
        if (structure.shape().traits().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (service.model().shapes().values().stream().anyMatch(s -> s.traits().deprecated())
                || structure.members().stream().anyMatch(m -> m.member().traits().deprecated())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (MemberSpec member : structure.members()) {
            type.addField(FieldSpec.builder(member.storageType(), member.name(), Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addStatement("this.$N = builder.$N", member.name(), member.name());
        }
        type.addMethod(constructor.build());
        for (MemberSpec member : structure.members()) {
            MemberAccessors.add(type, member);
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("@return a new builder, with every member unset\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("@return a builder holding this object's values, to make a changed copy\n")
                .addModifiers(Modifier.PUBLIC).returns(builder)
                .addStatement("return new $T(this)", builder).build());
        type.addMethod(equalsMethod(self, structure.members()));
        type.addMethod(hashCodeMethod(structure.members()));
        type.addMethod(ToStringMethod.of(self.simpleName(), structure.members()));
        type.addType(new ModelBuilderEmitter(self, builder).emit(structure));
        return JavaFiles.of(service, self.packageName(), type);
    }

    private static MethodSpec equalsMethod(ClassName self, List<MemberSpec> members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(boolean.class).addParameter(Object.class, "other");
        if (members.isEmpty()) {
            return method.addStatement("return other instanceof $T", self).build();
        }
        method.beginControlFlow("if (this == other)").addStatement("return true").endControlFlow();
        method.beginControlFlow("if (!(other instanceof $T))", self).addStatement("return false").endControlFlow();
        method.addStatement("$T that = ($T) other", self, self);
        CodeBlock comparisons = members.stream()
                .map(m -> CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, m.name(), m.name()))
                .collect(CodeBlock.joining("\n        && "));
        return method.addStatement("return $L", comparisons).build();
    }

    private static MethodSpec hashCodeMethod(List<MemberSpec> members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(int.class);
        if (members.isEmpty()) {
            return method.addStatement("return 0").build();
        }
        method.addStatement("int hash = 1");
        for (MemberSpec member : members) {
            method.addStatement("hash = 31 * hash + $T.hashCode(this.$N)", Objects.class, member.name());
        }
        return method.addStatement("return hash").build();
    }

    /** @return the model names of the members, for messages */
    static String memberNames(List<MemberSpec> members) {
        return members.stream().map(m -> m.member().name()).collect(Collectors.joining(", "));
    }
}
