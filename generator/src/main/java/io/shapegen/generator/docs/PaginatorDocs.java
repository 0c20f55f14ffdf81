package io.shapegen.generator.docs;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.shapegen.generator.docs.context.PaginatorView;
import io.shapegen.generator.docs.context.RefView;
import io.shapegen.generator.naming.JavaIdentifiers;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.model.Paginator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The view of one paginator: the {@code xxxPaginator} methods of both clients, returning {@code XxxIterable}
 * (sync) and {@code XxxPublisher} (async) from the {@code paginators} package.
 */
final class PaginatorDocs {
    private final DocsIndex index;
    private final OperationDocs operations;
    private final BuilderChain chains;

    PaginatorDocs(DocsIndex index, OperationDocs operations) {
        this.index = index;
        this.operations = operations;
        this.chains = new BuilderChain(index);
    }

    /** @param operation a paginated operation @return its paginator method name */
    static String methodName(OperationSpec operation) {
        return operation.methodName() + "Paginator";
    }

    /** @param operation a paginated operation @return its section in paginators.md */
    static String href(OperationSpec operation) {
        return DocsIndex.PAGINATORS + "#" + HeadingAnchors.of(methodName(operation));
    }

    /**
     * The member whose items a paginator flattens: the first result key when the paginator names one, else the
     * response's only list member.
     *
     * @param operation the operation
     * @param paginator its paginator
     * @return the response member, if there is one
     */
    static Optional<MemberSpec> items(OperationSpec operation, Paginator paginator) {
        List<MemberSpec> members = operation.response().members();
        if (!paginator.resultKeys().isEmpty()) {
            String key = paginator.resultKeys().get(0);
            return members.stream().filter(m -> m.member().name().equals(key)).findFirst();
        }
        List<MemberSpec> lists = members.stream()
                .filter(m -> m.kind() == MemberSpec.Kind.LIST || m.kind() == MemberSpec.Kind.ENUM_LIST).toList();
        return lists.size() == 1 ? Optional.of(lists.get(0)) : Optional.empty();
    }

    PaginatorView view(OperationSpec operation, Paginator paginator) {
        String method = methodName(operation);
        String type = JavaIdentifiers.typeName(operation.operation().name(), "Operation");
        String iterable = type + "Iterable";
        String publisher = type + "Publisher";
        Optional<MemberSpec> items = items(operation, paginator);
        Optional<TypeName> itemType = items.map(m -> m.accessorType() instanceof ParameterizedTypeName list
                ? list.typeArguments().get(0) : m.accessorType());
        String request = DocsIndex.simpleName(operation.request().className());
        String response = DocsIndex.simpleName(operation.response().className());

        Footnotes footnotes = new Footnotes(index, "./");
        String definition = String.join("\n",
                "// " + method + " method definition",
                "",
                Footnotes.comment(iterable + " " + method + "(", footnotes.note("See " + MarkdownText.link(
                        MarkdownText.code(iterable), "./" + href(operation)))),
                Footnotes.comment(BuilderChain.INDENT + request + " request)",
                        footnotes.mark(operation.request().className())));

        String build = chains.requiredMembers(operation.request(), 0);
        String sync = String.join("\n",
                "// " + method + " usage example",
                "",
                iterable + " pages = client." + method + "(" + build + ");",
                "",
                "// Each page is a " + response + "; the next page is requested as you iterate.",
                "for (" + response + " page : pages) {",
                BuilderChain.INDENT + "System.out.println(page);",
                "}");
        String async = String.join("\n",
                "// " + method + " async usage example",
                "",
                index.service().serviceName() + "AsyncClient asyncClient = " + index.service().serviceName()
                        + "AsyncClient.create();",
                publisher + " publisher = asyncClient." + method + "(" + build + ");",
                "",
                "// subscribe returns a CompletableFuture that completes after the last page.",
                "CompletableFuture<Void> done = publisher.subscribe(page -> System.out.println(page));",
                "done.join();");
        if (items.isPresent()) {
            String item = DocsIndex.simpleName(itemType.orElseThrow());
            String accessor = items.get().name();
            sync += String.join("\n", "", "", "// Or every item of every page:",
                    "for (" + item + " item : pages." + accessor + "()) {",
                    BuilderChain.INDENT + "System.out.println(item);",
                    "}");
            async += String.join("\n", "", "", "// Or every item of every page:",
                    "publisher." + accessor + "().subscribe(item -> System.out.println(item)).join();");
        }
        return new PaginatorView(method, HeadingAnchors.of(method), href(operation),
                new RefView(operation.methodName(), DocsIndex.operationPage(operation),
                        MarkdownRenderer.summary(operation.operation().documentation())),
                iterable, publisher, operations.modelRef(operation.request()), operations.modelRef(operation.response()),
                javaNames(paginator.inputTokens(), operation.request().members(), ""),
                javaNames(paginator.outputTokens(), operation.response().members(), "()"),
                paginator.limitKey().map(key -> javaNames(List.of(key), operation.request().members(), "")).orElse(""),
                items.map(MemberSpec::name).orElse(""),
                itemType.map(t -> index.typeMarkdown(t, "./")).orElse(""),
                CodeBlocks.of("java", definition), footnotes.list(), CodeBlocks.of("java", sync),
                CodeBlocks.of("java", async));
    }

    /** Paths name model members; the docs show the Java setter or accessor when the path is one member. */
    private static String javaNames(List<String> paths, List<MemberSpec> members, String suffix) {
        return paths.stream().map(path -> members.stream().filter(m -> m.member().name().equals(path)).findFirst()
                .map(m -> m.getterName() + suffix).orElse(path)).map(MarkdownText::code).collect(Collectors.joining(", "));
    }
}
