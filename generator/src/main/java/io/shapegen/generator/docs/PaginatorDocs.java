package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.CodeView;
import io.shapegen.generator.docs.context.PaginatorView;
import io.shapegen.generator.docs.context.RefView;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The view of one paginator, read from its {@link PaginatorSpec} (the same names the generated code has): the
 * {@code xxxPaginator} methods of both clients, returning {@code XxxIterable} (sync) and {@code XxxPublisher}
 * (async) from the {@code paginators} package.
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

    /** @param paginator a paginator @return its section in paginators.md */
    static String href(PaginatorSpec paginator) {
        return DocsIndex.PAGINATORS + "#" + HeadingAnchors.of(paginator.methodName());
    }

    PaginatorView view(PaginatorSpec paginator) {
        OperationSpec operation = paginator.operation();
        String method = paginator.methodName();
        String iterable = paginator.iterableClass().simpleName();
        String publisher = paginator.publisherClass().map(p -> p.simpleName()).orElse("");
        Optional<PaginatorSpec.Items> items = paginator.items().stream().findFirst();
        String request = DocsIndex.simpleName(operation.request().className());
        String response = DocsIndex.simpleName(operation.response().className());

        Footnotes footnotes = new Footnotes(index, "./");
        String definition = String.join("\n",
                "// " + method + " method definition",
                "",
                Footnotes.comment(iterable + " " + method + "(", footnotes.note("See " + MarkdownText.link(
                        MarkdownText.code(iterable), "./" + href(paginator)))),
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
        String async = "";
        if (items.isPresent()) {
            String item = DocsIndex.simpleName(items.get().itemType());
            String accessor = items.get().methodName();
            sync += String.join("\n", "", "", "// Or every item of every page:",
                    "for (" + item + " item : pages." + accessor + "()) {",
                    BuilderChain.INDENT + "System.out.println(item);",
                    "}");
        }
        if (paginator.publisherClass().isPresent()) {
            String asyncClient = index.service().asyncClient().orElseThrow().asyncInterface().simpleName();
            async = String.join("\n",
                    "// " + method + " async usage example",
                    "",
                    asyncClient + " asyncClient = " + asyncClient + ".create();",
                    publisher + " publisher = asyncClient." + method + "(" + build + ");",
                    "",
                    "// subscribe returns a CompletableFuture that completes after the last page.",
                    "CompletableFuture<Void> done = publisher.subscribe(page -> System.out.println(page));",
                    "done.join();");
            if (items.isPresent()) {
                async += String.join("\n", "", "", "// Or every item of every page:",
                        "publisher." + items.get().methodName() + "().subscribe(item -> System.out.println(item)).join();");
            }
        }
        return new PaginatorView(method, HeadingAnchors.of(method), href(paginator),
                new RefView(operation.methodName(), DocsIndex.operationPage(operation),
                        MarkdownRenderer.summary(operation.operation().documentation())),
                iterable, publisher, operations.modelRef(operation.request()), operations.modelRef(operation.response()),
                paginator.tokens().stream().map(t -> MarkdownText.code(t.input().setterName()))
                        .collect(Collectors.joining(", ")),
                paginator.tokens().stream().map(t -> MarkdownText.code(accessor(t.output())))
                        .collect(Collectors.joining(", ")),
                paginator.limitKey().map(key -> MarkdownText.code(key.setterName())).orElse(""),
                items.map(PaginatorSpec.Items::methodName).orElse(""),
                items.map(i -> index.typeMarkdown(i.itemType(), "./")).orElse(""),
                CodeBlocks.of("java", definition), footnotes.list(), CodeBlocks.of("java", sync),
                async.isEmpty() ? new CodeView("java", "", "") : CodeBlocks.of("java", async));
    }

    /** The Java accessor of a one-member path, the model path of a nested one. */
    private static String accessor(PaginatorSpec.MemberPath path) {
        MemberSpec member = path.last();
        return path.members().size() == 1 ? member.getterName() + "()" : path.path();
    }
}
