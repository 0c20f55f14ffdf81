package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.doc.DocText;
import io.shapegen.generator.doc.JavadocRenderer;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the synchronous client interface: one method per operation taking the request, and a
 * {@code Consumer<Builder>} overload that builds the request in place.
 */
final class ClientInterfaceEmitter {
    private final ServiceSpec service;

    ClientInterfaceEmitter(ServiceSpec service) {
        this.service = service;
    }

    JavaFile emit() {
        ClassName self = service.clientInterface();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION);
        String serviceDoc = JavadocRenderer.render(service.model().documentation());
        type.addJavadoc("A synchronous client for $L.\n", ServiceExceptionEmitter.MemberDocsText.serviceTitle(service));
        if (!serviceDoc.isEmpty()) {
            type.addJavadoc("\n<p>$L\n", serviceDoc);
        }
        if (service.operations().stream().anyMatch(o -> o.operation().deprecated()
                || o.errors().stream().anyMatch(e -> e.shape().traits().deprecated())
                || o.request().shape().traits().deprecated() || o.response().shape().traits().deprecated())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        ClientInterfaceMembers.addServiceName(type, service);
        service.client().ifPresent(client -> ClientInterfaceMembers.addFactories(type, self, client.builder()));
        for (OperationSpec operation : service.operations()) {
            type.addMethod(operationMethod(operation));
            type.addMethod(consumerOverload(operation));
            service.paginatorOf(operation).ifPresent(paginator -> {
                type.addMethod(paginatorMethod(paginator));
                type.addMethod(paginatorConsumerOverload(paginator));
            });
        }
        ClientInterfaceMembers.addClose(type, "connections");
        return JavaFiles.of(service, self.packageName(), type);
    }

    private MethodSpec operationMethod(OperationSpec operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(operation.response().className())
                .addParameter(operation.request().className(), "request");
        method.addJavadoc(javadoc(operation, "the request"));
        addThrows(method, operation);
        return method.build();
    }

    private MethodSpec consumerOverload(OperationSpec operation) {
        ClassName request = operation.request().className();
        ClassName builder = request.nestedClass("Builder");
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(operation.response().className())
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request");
        method.addJavadoc(javadoc(operation, "fills a new {@link " + request.simpleName() + ".Builder}"));
        addThrows(method, operation);
        method.addStatement("$T builder = $T.builder()", builder, request)
                .addStatement("request.accept(builder)")
                .addStatement("return $N(builder.build())", operation.methodName());
        return method.build();
    }

    private MethodSpec paginatorMethod(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        MethodSpec.Builder method = MethodSpec.methodBuilder(paginator.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(paginator.iterableClass())
                .addParameter(operation.request().className(), "request")
                .addJavadoc("Pages through {@link #$N($T)}: each page is one call, with the next token of the page"
                        + " before,\nmade only as you iterate.\n\n@param request the request of the first page\n"
                        + "@return the pages; iterating throws what {@link #$N($T)} throws\n", operation.methodName(),
                        operation.request().className(), operation.methodName(), operation.request().className());
        if (operation.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.addStatement("return new $T(this, request)", paginator.iterableClass()).build();
    }

    private MethodSpec paginatorConsumerOverload(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        ClassName request = operation.request().className();
        ClassName builder = request.nestedClass("Builder");
        MethodSpec.Builder method = MethodSpec.methodBuilder(paginator.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(paginator.iterableClass())
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc("Pages through {@link #$N($T)}.\n\n@param request fills a new {@link $L.Builder}, the"
                        + " request of the first page\n@return the pages, fetched as you iterate\n",
                        operation.methodName(), request, request.simpleName());
        if (operation.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.addStatement("$T builder = $T.builder()", builder, request)
                .addStatement("request.accept(builder)")
                .addStatement("return $N(builder.build())", paginator.methodName()).build();
    }

    private CodeBlock javadoc(OperationSpec operation, String requestDoc) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!operation.javadoc().isEmpty()) {
            doc.add("$L\n\n", operation.javadoc());
        }
        doc.add("@param request $L\n", requestDoc);
        doc.add("@return the service's response\n");
        for (ExceptionSpec error : operation.errors()) {
            String summary = JavadocRenderer.render(DocText.firstSentence(error.shape().traits().documentation()));
            doc.add("@throws $T $L\n", error.className(), summary.isEmpty() ? "if the service answers with this error" : summary);
        }
        doc.add("@throws $T for any other error the service answers with\n", service.serviceException());
        doc.add("@throws $T if the request cannot be sent or the response cannot be read\n", RuntimeTypes.SDK_CLIENT_EXCEPTION);
        if (operation.operation().deprecated()) {
            doc.add("@deprecated $L\n", MemberDocs.deprecationText(operation.operation().deprecatedMessage()));
        }
        return doc.build();
    }

    private void addThrows(MethodSpec.Builder method, OperationSpec operation) {
        if (operation.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        for (ExceptionSpec error : operation.errors()) {
            method.addException(error.className());
        }
        method.addException(service.serviceException());
        method.addException(RuntimeTypes.SDK_CLIENT_EXCEPTION);
    }
}
