package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ServiceSpec;
import javax.lang.model.element.Modifier;

/** Emits the service's base exception, which every modeled error extends. */
final class ServiceExceptionEmitter {
    private final ServiceSpec service;

    ServiceExceptionEmitter(ServiceSpec service) {
        this.service = service;
    }

    JavaFile emit() {
        ClassName self = service.serviceException();
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeTypes.AWS_SERVICE_EXCEPTION)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("An error answered by $L. Each error the model declares is a subclass; an error code\n"
                        + "the model does not declare arrives as this type itself.\n",
                        MemberDocsText.serviceTitle(service))
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param details what the service answered\n")
                        .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details")
                        .addStatement("super(details)").build());
        return JavaFiles.of(service, self.packageName(), type);
    }

    /** Service names in comments. */
    static final class MemberDocsText {
        private MemberDocsText() {
        }

        static String serviceTitle(ServiceSpec service) {
            String title = service.model().metadata().serviceFullName();
            String name = title.isEmpty() ? service.serviceName() : title;
            return io.shapegen.generator.doc.JavadocRenderer.render(name.replace("<", "&lt;"));
        }
    }
}
