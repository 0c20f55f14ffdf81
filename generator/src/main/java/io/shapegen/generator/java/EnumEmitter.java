package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a Java enum for a string shape with values: one constant per value, {@code UNKNOWN_TO_SDK_VERSION}
 * for values added to the service later, {@code fromValue} and {@code knownValues}.
 */
final class EnumEmitter {
    private final ServiceSpec service;

    EnumEmitter(ServiceSpec service) {
        this.service = service;
    }

    JavaFile emit(EnumSpec spec) {
        ClassName self = spec.className();
        TypeSpec.Builder type = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        MemberDocs.addTypeJavadoc(type, spec.javadoc(), spec.shape().traits());
        if (spec.shape().traits().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        for (EnumSpec.Constant constant : spec.constants()) {
            type.addEnumConstant(constant.name(), TypeSpec.anonymousClassBuilder("$S", constant.value())
                    .addJavadoc("The value <code>$L</code>.\n", EnumValueText.forCode(constant.value())).build());
        }
        type.addEnumConstant(EnumSpec.UNKNOWN, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this version of the SDK does not know; see the raw value via the owning member's {@code ...AsString()}.\n")
                .build());
        ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);
        type.addField(FieldSpec.builder(mapType, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("byValue()").build());
        type.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value")
                .addStatement("this.value = value").build());
        type.addMethod(MethodSpec.methodBuilder("byValue").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(mapType)
                .addStatement("$T map = new $T<>()", mapType, HashMap.class)
                .beginControlFlow("for ($T constant : values())", self)
                .beginControlFlow("if (constant.value != null)").addStatement("map.put(constant.value, constant)").endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(map)", Collections.class).build());
        type.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(String.class, "value")
                .addJavadoc("@param value a value as sent on the wire\n"
                        + "@return its constant; {@link #$L} for a value this SDK does not know; {@code null} for {@code null}\n",
                        EnumSpec.UNKNOWN)
                .beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
                .addStatement("return BY_VALUE.getOrDefault(value, $L)", EnumSpec.UNKNOWN).build());
        type.addMethod(MethodSpec.methodBuilder("knownValues").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Set.class), self))
                .addJavadoc("@return every constant but {@link #$L}\n", EnumSpec.UNKNOWN)
                .addStatement("$T known = $T.allOf($T.class)", ParameterizedTypeName.get(ClassName.get(EnumSet.class), self),
                        EnumSet.class, self)
                .addStatement("known.remove($L)", EnumSpec.UNKNOWN)
                .addStatement("return $T.unmodifiableSet(known)", Collections.class).build());
        type.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("@return the value as sent on the wire ({@code \"null\"} for {@link #$L})\n", EnumSpec.UNKNOWN)
                .addStatement("return $T.valueOf(value)", String.class).build());
        return JavaFiles.of(service, self.packageName(), type);
    }

    /** Enum values inside a {@code {@code}} tag, made safe for a comment. */
    static final class EnumValueText {
        private EnumValueText() {
        }

        static String forCode(String value) {
            StringBuilder out = new StringBuilder();
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '@' -> out.append("&#64;");
                    case '{' -> out.append("&#123;");
                    case '}' -> out.append("&#125;");
                    case '\\' -> out.append("&#92;");
                    case '*' -> out.append("&#42;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    default -> out.append(Character.isISOControl(c) ? ' ' : c);
                }
            }
            return out.toString();
        }
    }
}
