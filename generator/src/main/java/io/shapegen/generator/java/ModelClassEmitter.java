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

    private final DeprecationMarks deprecations;

    ModelClassEmitter(ServiceSpec service) {
        this.service = service;
        this.deprecations = new DeprecationMarks(service);
    }

    JavaFile emit(StructureSpec structure) {
        ClassName self = structure.className();
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        MemberDocs.addTypeJavadoc(type, structure.javadoc(), structure.shape().traits());
        deprecations.apply(type, structure);
        Nullness nullness = Nullness.of(service);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (MemberSpec member : structure.members()) {
            type.addField(FieldSpec.builder(nullness.nullable(member.storageType()), member.name(), Modifier.PRIVATE,
                    Modifier.FINAL).build());
            constructor.addStatement("this.$N = builder.$N", member.name(), member.name());
        }
        type.addMethod(constructor.build());
        for (MemberSpec member : structure.members()) {
            MemberAccessors.add(type, member, nullness);
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("@return a new builder, with every member unset\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("@return a builder holding this object's values, to make a changed copy\n")
                .addModifiers(Modifier.PUBLIC).returns(builder)
                .addStatement("return new $T(this)", builder).build());
        type.addMethods(equalsMethods(self, structure.members(), nullness));
        type.addMethods(hashCodeMethods(structure.members()));
        type.addMethods(ToStringMethod.of(self.simpleName(), structure.members()));
        type.addType(new ModelBuilderEmitter(self, builder, nullness).emit(structure));
        return JavaFiles.of(service, self.packageName(), type);
    }

    private static List<MethodSpec> equalsMethods(ClassName self, List<MemberSpec> members, Nullness nullness) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("equals").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(boolean.class)
                .addParameter(nullness.nullable(ClassName.get(Object.class)), "other");
        if (members.isEmpty()) {
            return List.of(method.addStatement("return other instanceof $T", self).build());
        }
        method.beginControlFlow("if (this == other)").addStatement("return true").endControlFlow();
        method.beginControlFlow("if (!(other instanceof $T))", self).addStatement("return false").endControlFlow();
        method.addStatement("$T that = ($T) other", self, self);
        List<List<MemberSpec>> chunks = MemberChunks.of(members);
        if (chunks.size() == 1) {
            addComparisons(method, members);
            return List.of(method.addStatement("return true").build());
        }
        List<MethodSpec> methods = new java.util.ArrayList<>();
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < chunks.size(); i++) {
            String name = MemberChunks.name("equals", i);
            all.add(i == 0 ? "$N(that)" : " && $N(that)", name);
            MethodSpec.Builder chunk = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                    .returns(boolean.class).addParameter(self, "that");
            addComparisons(chunk, chunks.get(i));
            methods.add(chunk.addStatement("return true").build());
        }
        methods.add(0, method.addStatement("return $L", all.build()).build());
        return methods;
    }

    /** One flat statement per member: a long chain of {@code &&} would nest as deep as the member count. */
    private static void addComparisons(MethodSpec.Builder method, List<MemberSpec> members) {
        for (MemberSpec member : members) {
            method.beginControlFlow("if (!$T.equals(this.$N, that.$N))", Objects.class, member.name(), member.name())
                    .addStatement("return false").endControlFlow();
        }
    }

    private static List<MethodSpec> hashCodeMethods(List<MemberSpec> members) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(int.class);
        if (members.isEmpty()) {
            return List.of(method.addStatement("return 0").build());
        }
        method.addStatement("int hash = 1");
        List<List<MemberSpec>> chunks = MemberChunks.of(members);
        if (chunks.size() == 1) {
            addHashes(method, members);
            return List.of(method.addStatement("return hash").build());
        }
        List<MethodSpec> methods = new java.util.ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String name = MemberChunks.name("hashCode", i);
            method.addStatement("hash = $N(hash)", name);
            MethodSpec.Builder chunk = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                    .returns(int.class).addParameter(int.class, "start").addStatement("int hash = start");
            addHashes(chunk, chunks.get(i));
            methods.add(chunk.addStatement("return hash").build());
        }
        methods.add(0, method.addStatement("return hash").build());
        return methods;
    }

    private static void addHashes(MethodSpec.Builder method, List<MemberSpec> members) {
        for (MemberSpec member : members) {
            method.addStatement("hash = 31 * hash + $T.hashCode(this.$N)", Objects.class, member.name());
        }
    }

    /** @return the model names of the members, for messages */
    static String memberNames(List<MemberSpec> members) {
        return members.stream().map(m -> m.member().name()).collect(Collectors.joining(", "));
    }
}
