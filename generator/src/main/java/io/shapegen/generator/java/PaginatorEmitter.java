package io.shapegen.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import javax.lang.model.element.Modifier;

/**
 * Emits the classes of one paginator, in the {@code paginators} package: the sync {@code XxxIterable}, the async
 * {@code XxxPublisher}, and the package-private {@code XxxPageTokens} both use to read the next tokens and the
 * items of a page. The paging itself (laziness, backpressure, the end, the repeated-token guard) is the runtime's
 * {@code SyncPages} and {@code AsyncPages}; these classes only supply the call, the tokens and the items.
 */
final class PaginatorEmitter {
    private final ServiceSpec service;

    PaginatorEmitter(ServiceSpec service) {
        this.service = service;
    }

    /** @param paginator a paginator @return its files */
    List<JavaFile> emit(PaginatorSpec paginator) {
        List<JavaFile> files = new java.util.ArrayList<>();
        files.add(tokens(paginator));
        files.add(iterable(paginator));
        paginator.publisherClass().ifPresent(publisher -> files.add(publisher(paginator, publisher)));
        return files;
    }

    private JavaFile iterable(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        ClassName request = operation.request().className();
        ClassName response = operation.response().className();
        TypeSpec.Builder type = TypeSpec.classBuilder(paginator.iterableClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SDK_ITERABLE, response))
                .addJavadoc("The pages of {@code $L}, from\n{@link $T#$N($T)}.\n\n<p>Each page is one call, made"
                        + " only when the iteration needs it, so leaving a loop early\nfetches no further page. Every"
                        + " iteration starts again from the first request. {@code hasNext()}\nthrows what the operation"
                        + " throws, and {@link $T} when a page carries a next token an\nearlier page carried.\n",
                        operation.operation().name(), service.clientInterface(), paginator.methodName(), request,
                        RuntimeTypes.SDK_CLIENT_EXCEPTION);
        suppressDeprecation(type);
        ParameterizedTypeName pages = ParameterizedTypeName.get(RuntimeTypes.SYNC_PAGES, request, response);
        type.addField(FieldSpec.builder(pages, "pages", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(service.clientInterface(), "client")
                .addParameter(request, "firstRequest")
                .addJavadoc("@param client the client that fetches the pages\n@param firstRequest the request of the"
                        + " first page; the next pages send it with the next token\n")
                .addStatement("this.pages = new $T<>($S, firstRequest, client::$N, $T.INSTANCE)",
                        RuntimeTypes.SYNC_PAGES, operation.operation().name(), operation.methodName(),
                        paginator.tokensClass())
                .build());
        type.addMethod(MethodSpec.methodBuilder("iterator").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Iterator.class), response))
                .addStatement("return pages.iterator()").build());
        for (PaginatorSpec.Items items : paginator.items()) {
            type.addMethod(MethodSpec.methodBuilder(items.methodName()).addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.SDK_ITERABLE, items.itemType()))
                    .addJavadoc("@return every item of {@code $L} of every page, in order; pages are fetched as the"
                            + "\n    iteration needs them\n", items.path().path())
                    .addStatement("return pages.items($T::$N)", paginator.tokensClass(), items.methodName()).build());
        }
        return JavaFiles.of(service, paginator.iterableClass().packageName(), type);
    }

    private JavaFile publisher(PaginatorSpec paginator, ClassName self) {
        OperationSpec operation = paginator.operation();
        ClassName request = operation.request().className();
        ClassName response = operation.response().className();
        ClassName asyncClient = service.asyncClient().orElseThrow().asyncInterface();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.SDK_PUBLISHER, response))
                .addJavadoc("The pages of {@code $L}, from\n{@link $T#$N($T)}.\n\n<p>A subscription calls the"
                        + " operation only while its demand ({@code request(n)}) exceeds the\npages delivered, one call"
                        + " at a time, and cancelling it cancels the call in flight. Every\nsubscription starts again"
                        + " from the first request. The operation's errors arrive through\n{@code onError}, and"
                        + " {@link $T} when a page carries a next token an earlier page carried.\n",
                        operation.operation().name(), asyncClient, paginator.methodName(), request,
                        RuntimeTypes.SDK_CLIENT_EXCEPTION);
        suppressDeprecation(type);
        ParameterizedTypeName pages = ParameterizedTypeName.get(RuntimeTypes.ASYNC_PAGES, request, response);
        type.addField(FieldSpec.builder(pages, "pages", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(asyncClient, "client")
                .addParameter(request, "firstRequest")
                .addJavadoc("@param client the client that fetches the pages\n@param firstRequest the request of the"
                        + " first page; the next pages send it with the next token\n")
                .addStatement("this.pages = new $T<>($S, firstRequest, client::$N, $T.INSTANCE)",
                        RuntimeTypes.ASYNC_PAGES, operation.operation().name(), operation.methodName(),
                        paginator.tokensClass())
                .build());
        type.addMethod(MethodSpec.methodBuilder("subscribe").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Flow.Subscriber.class),
                        WildcardTypeName.supertypeOf(response)), "subscriber")
                .addStatement("pages.subscribe(subscriber)").build());
        for (PaginatorSpec.Items items : paginator.items()) {
            type.addMethod(MethodSpec.methodBuilder(items.methodName()).addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.SDK_PUBLISHER, items.itemType()))
                    .addJavadoc("@return every item of {@code $L} of every page, in order; a page is fetched only when"
                            + "\n    the subscriber wants more items than the pages so far hold\n", items.path().path())
                    .addStatement("return pages.items($T::$N)", paginator.tokensClass(), items.methodName()).build());
        }
        return JavaFiles.of(service, self.packageName(), type);
    }

    private JavaFile tokens(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        ClassName request = operation.request().className();
        ClassName response = operation.response().className();
        ClassName self = paginator.tokensClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL)
                .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.PAGE_TOKENS, request, response))
                .addJavadoc("Reads the next tokens and the items of a {@code $L} page, for\n{@link $T}$L.\n",
                        operation.operation().name(), paginator.iterableClass(),
                        paginator.publisherClass().map(p -> " and {@link " + p.simpleName() + "}").orElse(""));
        suppressDeprecation(type);
        type.addField(FieldSpec.builder(self, "INSTANCE", Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", self).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        CodeBlock tokens = paginator.tokens().stream().map(t -> CodeBlock.of("$N(page)", t.output().readerName()))
                .collect(CodeBlock.joining(", "));
        type.addMethod(MethodSpec.methodBuilder("nextTokens").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, Object.class)).addParameter(response, "page")
                .addStatement("return $T.<Object>asList($L)", Arrays.class, tokens).build());
        paginator.moreResults().ifPresent(more -> type.addMethod(MethodSpec.methodBuilder("moreResults")
                .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addParameter(response, "page")
                .addStatement("return $T.TRUE.equals($N(page))", Boolean.class, more.readerName()).build()));
        CodeBlock.Builder next = CodeBlock.builder().add("return firstRequest.toBuilder()");
        for (PaginatorSpec.Token token : paginator.tokens()) {
            next.add(".$N($N(page))", token.input().setterName(), token.output().readerName());
        }
        type.addMethod(MethodSpec.methodBuilder("nextRequest").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(request).addParameter(request, "firstRequest").addParameter(response, "page")
                .addStatement(next.add(".build()").build()).build());

        for (PaginatorSpec.Token token : paginator.tokens()) {
            type.addMethod(reader(token.output(), response, CodeBlock.of("null")));
        }
        paginator.moreResults().ifPresent(more -> type.addMethod(reader(more, response, CodeBlock.of("null"))));
        for (PaginatorSpec.Items items : paginator.items()) {
            type.addMethod(reader(items.path(), response, CodeBlock.of("$T.of()", List.class)));
        }
        return JavaFiles.of(service, self.packageName(), type);
    }

    /** A static method reading a path from a page; {@code absent} when a structure on the way is absent. */
    private static MethodSpec reader(PaginatorSpec.MemberPath path, ClassName response, CodeBlock absent) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(path.readerName()).addModifiers(Modifier.STATIC)
                .returns(path.type().box()).addParameter(response, "page");
        List<MemberSpec> members = path.members();
        String current = "page";
        for (int i = 0; i < members.size() - 1; i++) {
            MemberSpec member = members.get(i);
            String next = "level" + (i + 1);
            method.addStatement("$T $N = $N.$N()", member.accessorType(), next, current, member.getterName());
            method.beginControlFlow("if ($N == null)", next).addStatement("return $L", absent).endControlFlow();
            current = next;
        }
        return method.addStatement("return $N.$N()", current, path.last().getterName()).build();
    }

    private void suppressDeprecation(TypeSpec.Builder type) {
        if (WireFormats.hasDeprecations(service.model())) {
            type.addAnnotation(RuntimeTypes.SUPPRESS_DEPRECATION);
        }
    }
}
