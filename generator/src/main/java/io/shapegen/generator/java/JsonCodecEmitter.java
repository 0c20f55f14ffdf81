package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.spec.ClientSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the JSON codec of a structure nested in bodies: {@code write} and/or {@code read}, straight-line
 * jackson-core streaming code that calls the codecs of nested structures (recursion included).
 */
final class JsonCodecEmitter {
    private final ServiceSpec service;
    private final JsonWriteCode writer;
    private final JsonReadCode reader;

    JsonCodecEmitter(ServiceSpec service) {
        ClientSpec client = service.client().orElseThrow();
        this.service = service;
        this.writer = new JsonWriteCode(service.model(), client);
        this.reader = new JsonReadCode(service.model(), client);
    }

    JavaFile emit(ClientSpec.JsonCodec codec) {
        ClassName value = codec.structure().className();
        TypeSpec.Builder type = TypeSpec.classBuilder(codec.className()).addModifiers(Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("Reads and writes {@link $T} as a JSON object nested in a body.\n", value)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        if (codec.writes()) {
            CodeBlock.Builder code = CodeBlock.builder();
            List<MethodSpec> chunks = writer.object(code, codec.structure().members(), "value", value, "write");
            type.addMethod(MethodSpec.methodBuilder("write").addModifiers(Modifier.STATIC)
                    .addJavadoc("@param g where to write\n@param value the value, not {@code null}\n"
                            + "@throws IOException if the generator fails\n")
                    .addParameter(RuntimeTypes.JSON_GENERATOR, "g").addParameter(value, "value")
                    .addException(IOException.class).addCode(code.build()).build());
            type.addMethods(chunks);
        }
        if (codec.reads()) {
            ClassName builder = value.nestedClass("Builder");
            CodeBlock.Builder code = CodeBlock.builder().addStatement("$T builder = $T.builder()", builder, value);
            List<MethodSpec> chunks = reader.object(code, codec.structure().members(), builder, "read");
            code.addStatement("return builder.build()");
            type.addMethod(MethodSpec.methodBuilder("read").addModifiers(Modifier.STATIC).returns(value)
                    .addJavadoc("@param p on the object's first token\n@return the value\n"
                            + "@throws IOException if the JSON is not the object expected\n")
                    .addParameter(RuntimeTypes.JSON_PARSER, "p")
                    .addException(IOException.class).addCode(code.build()).build());
            type.addMethods(chunks);
        }
        return JavaFiles.of(service, codec.className().packageName(), type);
    }
}
