package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the reader of one modeled exception: what the service said (status, message, request id) plus the
 * exception's members from the headers and the body.
 */
final class ErrorReaderEmitter {
    private final ServiceSpec service;
    private final ResponseBindingCode responses;

    ErrorReaderEmitter(ServiceSpec service, ClientSpec client) {
        this.service = service;
        this.responses = new ResponseBindingCode(service.model(), client);
    }

    JavaFile emit(ClientSpec.ErrorReader reader) {
        ExceptionSpec exception = reader.exception();
        ClassName self = exception.className();
        ClassName builder = self.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(reader.className()).addModifiers(Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("Reads a {@link $T} from an error response.\n", self)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T builder = $T.builder()", builder, self)
                .addStatement("builder.statusCode(details.statusCode()).message(details.errorMessage())"
                        + ".requestId(details.requestId())");
        List<MethodSpec> readBody = responses.read(reader.className(), code, exception.shape(),
                exception.members(), builder);
        code.addStatement("return builder.build()");
        type.addMethod(MethodSpec.methodBuilder("unmarshall").addModifiers(Modifier.STATIC).returns(self)
                .addParameter(RuntimeTypes.AWS_ERROR_DETAILS, "details")
                .addParameter(RuntimeTypes.HTTP_RESPONSE, "response")
                .addException(IOException.class)
                .addJavadoc("@param details what the error response says in general\n@param response the response\n"
                        + "@return the exception\n@throws IOException if the body is not the JSON expected\n")
                .addCode(code.build()).build());
        type.addMethods(readBody);
        return JavaFiles.of(service, reader.className().packageName(), type);
    }
}
