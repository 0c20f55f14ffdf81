package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.ServiceSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits an exception for an error structure: it extends the service exception, carries the modeled members
 * (the message lives in the base), and has a builder so deserializers and tests can make one.
 */
final class ModeledExceptionEmitter {
    private final ServiceSpec service;

    ModeledExceptionEmitter(ServiceSpec service) {
        this.service = service;
    }

    JavaFile emit(ExceptionSpec spec) {
        ClassName self = spec.className();
        ClassName builder = self.nestedClass("Builder");
        Nullness nullness = Nullness.of(service);
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(service.serviceException())
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        MemberDocs.addTypeJavadoc(type, spec.javadoc(), spec.shape().traits());
        if (spec.shape().traits().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        type.addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L").build());
        type.addField(FieldSpec.builder(String.class, "ERROR_CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The error code that identifies this error on the wire.\n")
                .initializer("$S", spec.errorCode()).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder")
                .addStatement("super(builder.errorDetails())");
        for (MemberSpec member : spec.members()) {
            // Transient: modeled members are not part of the serialized form of a Throwable.
            type.addField(FieldSpec.builder(nullness.nullable(member.storageType()), member.name(), Modifier.PRIVATE,
                    Modifier.FINAL, Modifier.TRANSIENT).build());
            constructor.addStatement("this.$N = builder.$N", member.name(), member.name());
        }
        type.addMethod(constructor.build());
        for (MemberSpec member : spec.members()) {
            MemberAccessors.add(type, member, nullness);
        }
        type.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
                .addJavadoc("@return a new builder, with every member unset\n")
                .addStatement("return new $T()", builder).build());
        type.addType(builderType(spec, self, builder, nullness));
        return JavaFiles.of(service, self.packageName(), type);
    }

    private static TypeSpec builderType(ExceptionSpec spec, ClassName self, ClassName builder, Nullness nullness) {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T} objects. Not thread-safe.\n", self)
                .addField(FieldSpec.builder(int.class, "statusCode", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(String.class, "message", Modifier.PRIVATE).initializer("$S", "").build())
                .addField(FieldSpec.builder(String.class, "requestId", Modifier.PRIVATE).initializer("$S", "").build());
        for (MemberSpec member : spec.members()) {
            type.addField(FieldSpec.builder(nullness.nullable(member.storageType()), member.name(), Modifier.PRIVATE).build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("statusCode").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("@param statusCode the HTTP status code of the response\n@return this builder\n")
                .addParameter(int.class, "statusCode").addStatement("this.statusCode = statusCode")
                .addStatement("return this").build());
        type.addMethod(MethodSpec.methodBuilder("message").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("@param message the message the service sent\n@return this builder\n")
                .addParameter(String.class, "message").addStatement("this.message = message == null ? \"\" : message")
                .addStatement("return this").build());
        type.addMethod(MethodSpec.methodBuilder("requestId").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("@param requestId the request id the service assigned\n@return this builder\n")
                .addParameter(String.class, "requestId").addStatement("this.requestId = requestId == null ? \"\" : requestId")
                .addStatement("return this").build());
        MemberSetters setters = new MemberSetters(nullness);
        for (MemberSpec member : spec.members()) {
            setters.add(type, builder, member);
        }
        type.addMethod(MethodSpec.methodBuilder("errorDetails").addModifiers(Modifier.PRIVATE)
                .returns(RuntimeTypes.AWS_ERROR_DETAILS)
                .addStatement("return new $T(statusCode, ERROR_CODE, message, requestId)", RuntimeTypes.AWS_ERROR_DETAILS)
                .build());
        type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("@return a new {@link $T} with this builder's values\n", self)
                .addStatement("return new $T(this)", self).build());
        return type.build();
    }
}
