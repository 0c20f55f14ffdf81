package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a model structure as a Java record (the {@code records} model style): one component per member, a
 * compact constructor that copies lists and maps into unmodifiable ones, the same accessors, presence checks,
 * enum views and redacting {@code toString} as the class style, and a static {@code builder()}.
 *
 * <p>An enum member's component holds the value as sent, under its {@code ...AsString} name, so that the typed
 * accessor keeps the member's own name.
 */
final class RecordClassEmitter {
    private final ServiceSpec service;
    private final Nullness nullness;

    private final DeprecationMarks deprecations;

    RecordClassEmitter(ServiceSpec service) {
        this.service = service;
        this.deprecations = new DeprecationMarks(service);
        this.nullness = Nullness.of(service);
    }

    /** @return whether this structure is written as a record (larger ones stay classes) */
    boolean accepts(StructureSpec structure) {
        return service.writtenAsRecord(structure);
    }

    /** @return the field (component) holding a member's value */
    static String component(MemberSpec member) {
        return member.kind() == MemberSpec.Kind.ENUM || member.kind() == MemberSpec.Kind.ENUM_LIST
                ? member.asStringName().orElseThrow() : member.name();
    }

    JavaFile emit(StructureSpec structure) {
        ClassName self = structure.className();
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.recordBuilder(self).addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        MemberDocs.addTypeJavadoc(type, structure.javadoc(), structure.shape().traits());
        deprecations.apply(type, structure);
        MethodSpec.Builder canonical = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Copies lists and maps into unmodifiable ones.\n");
        for (MemberSpec member : structure.members()) {
            String component = component(member);
            canonical.addParameter(ParameterSpec.builder(nullness.nullable(member.storageType()), component).build());
            type.addJavadoc("@param $N the $L member\n", component, MemberDocs.codeName(member));
            switch (member.kind()) {
                case LIST, ENUM_LIST -> canonical.addStatement("$N = $N == null ? null : $T.copyOf($N)", component,
                        component, List.class, component);
                case MAP -> canonical.addStatement("$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N))", component,
                        component, Collections.class, LinkedHashMap.class, component);
                default -> {
                }
            }
        }
        type.recordConstructor(canonical.build());
        for (MemberSpec member : structure.members()) {
            MemberAccessors.add(type, member, nullness, component(member));
        }
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("@return a new builder, with every member unset\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addStatement("return new $T()", builder).build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("@return a builder holding this record's values, to make a changed copy\n")
                .addModifiers(Modifier.PUBLIC).returns(builder)
                .addStatement("return new $T(this)", builder).build());
        type.addMethods(ToStringMethod.of(self.simpleName(), structure.members(), RecordClassEmitter::component));
        type.addType(builderType(structure, self, builder));
        return JavaFiles.of(service, self.packageName(), type);
    }

    private TypeSpec builderType(StructureSpec structure, ClassName self, ClassName builder) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Builds {@link $T} records. Not thread-safe.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "model");
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < structure.members().size(); i++) {
            MemberSpec member = structure.members().get(i);
            type.addField(FieldSpec.builder(nullness.nullable(member.storageType()), member.name(), Modifier.PRIVATE).build());
            copy.addStatement("this.$N = model.$N", member.name(), component(member));
            arguments.add(i == 0 ? "this.$N" : ", this.$N", member.name());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copy.build());
        MemberSetters setters = new MemberSetters(nullness);
        for (MemberSpec member : structure.members()) {
            setters.add(type, builder, member);
        }
        type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("@return a new {@link $T} with this builder's values\n", self)
                .addStatement("return new $T($L)", self, arguments.build()).build());
        return type.build();
    }
}
