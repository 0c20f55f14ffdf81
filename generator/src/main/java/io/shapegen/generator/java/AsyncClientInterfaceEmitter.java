package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.shapegen.generator.doc.DocText;
import io.shapegen.generator.doc.JavadocRenderer;
import io.shapegen.generator.spec.AsyncClientSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Emits the async client interface: the sync client's methods returning {@code CompletableFuture}, its
 * {@code Consumer<Builder>} overloads, and the paginator methods returning publishers.
 */
final class AsyncClientInterfaceEmitter {
    private final ServiceSpec service;
    private final AsyncClientSpec async;

    AsyncClientInterfaceEmitter(ServiceSpec service, AsyncClientSpec async) {
        this.service = service;
        this.async = async;
    }

    JavaFile emit() {
        ClassName self = async.asyncInterface();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addJavadoc("An async client for $L.\n\n<p>Every method returns at once, with a {@link $T} that"
                        + " completes when the\nresponse has been read, or fails with the exception {@link $T} would"
                        + " throw (inside a\n{@link java.util.concurrent.CompletionException} when joined). No thread"
                        + " waits for the network or for\na retry; cancelling a future abandons its call and its"
                        + " retries.\n",
                        ServiceExceptionEmitter.MemberDocsText.serviceTitle(service), CompletableFuture.class,
                        service.clientInterface());
        String serviceDoc = JavadocRenderer.render(service.model().documentation());
        if (!serviceDoc.isEmpty()) {
            type.addJavadoc("\n<p>$L\n", serviceDoc);
        }
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
        ClientInterfaceMembers.addServiceName(type, service);
        ClientInterfaceMembers.addFactories(type, self, async.builder());
        for (OperationSpec operation : service.operations()) {
            type.addMethod(operationMethod(operation));
            type.addMethod(consumerOverload(operation));
            service.paginatorOf(operation).ifPresent(paginator -> {
                type.addMethod(paginatorMethod(paginator));
                type.addMethod(paginatorConsumerOverload(paginator));
            });
        }
        ClientInterfaceMembers.addClose(type, "resources");
        return JavaFiles.of(service, self.packageName(), type);
    }

    private TypeName future(OperationSpec operation) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), operation.response().className());
    }

    private MethodSpec operationMethod(OperationSpec operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(future(operation))
                .addParameter(operation.request().className(), "request")
                .addJavadoc(javadoc(operation, "the request"));
        deprecate(method, operation);
        return method.build();
    }

    private MethodSpec consumerOverload(OperationSpec operation) {
        ClassName request = operation.request().className();
        ClassName builder = request.nestedClass("Builder");
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(future(operation))
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc(javadoc(operation, "fills a new {@link " + request.simpleName() + ".Builder}"));
        deprecate(method, operation);
        return method.addStatement("$T builder = $T.builder()", builder, request)
                .addStatement("request.accept(builder)")
                .addStatement("return $N(builder.build())", operation.methodName()).build();
    }

    private MethodSpec paginatorMethod(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        ClassName publisher = paginator.publisherClass().orElseThrow();
        MethodSpec.Builder method = MethodSpec.methodBuilder(paginator.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(publisher)
                .addParameter(operation.request().className(), "request")
                .addJavadoc("Pages through {@link #$N($T)}: a publisher that calls the operation once per page"
                        + " its subscriber asks for,\nwith the next token of the page before.\n\n@param request the"
                        + " request of the first page\n@return the pages; nothing is called before a subscriber"
                        + " requests a page\n", operation.methodName(), operation.request().className());
        deprecate(method, operation);
        return method.addStatement("return new $T(this, request)", publisher).build();
    }

    private MethodSpec paginatorConsumerOverload(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        ClassName request = operation.request().className();
        ClassName builder = request.nestedClass("Builder");
        MethodSpec.Builder method = MethodSpec.methodBuilder(paginator.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(paginator.publisherClass().orElseThrow())
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "request")
                .addJavadoc("Pages through {@link #$N($T)}.\n\n@param request fills a new {@link $L.Builder}, the"
                        + " request of the first page\n@return the pages; nothing is called before a subscriber"
                        + " requests a page\n", operation.methodName(), request, request.simpleName());
        deprecate(method, operation);
        return method.addStatement("$T builder = $T.builder()", builder, request)
                .addStatement("request.accept(builder)")
                .addStatement("return $N(builder.build())", paginator.methodName()).build();
    }

    private CodeBlock javadoc(OperationSpec operation, String requestDoc) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!operation.javadoc().isEmpty()) {
            doc.add("$L\n\n", operation.javadoc());
        }
        doc.add("<p>The future fails with:\n<ul>\n");
        for (ExceptionSpec error : operation.errors()) {
            String summary = JavadocRenderer.render(DocText.firstSentence(error.shape().traits().documentation()));
            doc.add("<li>{@link $T}$L</li>\n", error.className(), summary.isEmpty() ? "" : ": " + summary);
        }
        doc.add("<li>{@link $T} for any other error the service answers with</li>\n", service.serviceException());
        doc.add("<li>{@link $T} if the request cannot be sent or the response cannot be read</li>\n</ul>\n\n",
                RuntimeTypes.SDK_CLIENT_EXCEPTION);
        doc.add("@param request $L\n", requestDoc);
        doc.add("@return the response, when it has been read\n");
        if (operation.operation().deprecated()) {
            doc.add("@deprecated $L\n", MemberDocs.deprecationText(operation.operation().deprecatedMessage()));
        }
        return doc.build();
    }

    private static void deprecate(MethodSpec.Builder method, OperationSpec operation) {
        if (operation.operation().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
    }
}
