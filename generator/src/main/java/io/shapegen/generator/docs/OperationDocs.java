package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.CodeView;
import io.shapegen.generator.docs.context.OperationView;
import io.shapegen.generator.docs.context.RefView;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.PaginatorSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.model.Operation;
import io.shapegen.model.shape.Member;
import io.shapegen.model.shape.MemberLocation;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The view of one operation: its client.md section and its own page. */
final class OperationDocs {
    private final DocsIndex index;
    private final BuilderChain chains;
    private final JsonSkeleton json;

    OperationDocs(DocsIndex index) {
        this.index = index;
        this.chains = new BuilderChain(index);
        this.json = new JsonSkeleton(index.service().model());
    }

    OperationView view(OperationSpec spec, Optional<PaginatorSpec> paginator) {
        Operation operation = spec.operation();
        String deprecation = "";
        if (operation.deprecated()) {
            String why = operation.deprecatedMessage().isBlank() ? ""
                    : " " + MarkdownText.escape(operation.deprecatedMessage()).strip();
            deprecation = "**Deprecated:** this operation is deprecated." + why;
        }
        Footnotes footnotes = new Footnotes(index, "./");
        return new OperationView(operation.name(), spec.methodName(), HeadingAnchors.of(spec.methodName()),
                DocsIndex.operationPage(spec), MarkdownRenderer.summary(operation.documentation()),
                MarkdownRenderer.render(operation.documentation()), operation.deprecated(), deprecation,
                apiUrl(operation.name()), modelRef(spec.request()), modelRef(spec.response()),
                definition(spec, footnotes), footnotes.list(), usage(spec), requestSyntax(spec),
                new FieldRows(index, "../", FieldRows.Mode.PARAMETERS).rows(spec.request().members(), spec.request().shape()),
                responseSyntax(spec.response()), responseNotes(spec.response()),
                new FieldRows(index, "../", FieldRows.Mode.RESPONSE).rows(spec.response().members(), spec.response().shape()),
                spec.errors().stream().map(this::exceptionRef).toList(), paginator.isPresent(),
                paginator.map(PaginatorDocs::href).orElse(""));
    }

    /** @param operationName a model operation name @return its AWS API reference, {@code ""} without a uid */
    String apiUrl(String operationName) {
        String uid = index.service().model().metadata().uid();
        return uid.isBlank() ? "" : MarkdownText.url("https://docs.aws.amazon.com/goto/WebAPI/" + uid + "/" + operationName);
    }

    RefView modelRef(StructureSpec structure) {
        return new RefView(DocsIndex.simpleName(structure.className()), index.href(structure.className()).orElseThrow(),
                MarkdownRenderer.summary(structure.shape().traits().documentation()));
    }

    private RefView exceptionRef(ExceptionSpec exception) {
        return new RefView(exception.className().simpleName(), index.href(exception.className()).orElseThrow(),
                MarkdownRenderer.summary(exception.shape().traits().documentation()));
    }

    private CodeView definition(OperationSpec spec, Footnotes footnotes) {
        String request = DocsIndex.simpleName(spec.request().className());
        String response = DocsIndex.simpleName(spec.response().className());
        List<String> lines = new ArrayList<>();
        lines.add("// " + spec.methodName() + " method definition");
        lines.add("");
        if (spec.operation().deprecated()) {
            lines.add("@Deprecated");
        }
        lines.add(Footnotes.comment(response + " " + spec.methodName() + "(", footnotes.mark(spec.response().className())));
        lines.add(Footnotes.comment(BuilderChain.INDENT + request + " request)", footnotes.mark(spec.request().className())));
        lines.add("");
        lines.add("// request members, required first");
        lines.add(request + ".builder()");
        for (MemberSpec member : requiredFirst(spec.request().members())) {
            String type = DocsIndex.simpleName(member.accessorType());
            String flags = member.member().required() ? "required" : "";
            if (member.member().traits().idempotencyToken()) {
                flags = flags.isEmpty() ? "auto-filled if absent" : flags + ", auto-filled if absent";
            }
            if (member.member().traits().deprecated()) {
                flags = flags.isEmpty() ? "deprecated" : flags + ", deprecated";
            }
            lines.add(Footnotes.comment(BuilderChain.INDENT + "." + member.setterName() + "(" + type + " " + member.name() + ")",
                    flags, footnotes.mark(member.accessorType())));
        }
        lines.add(BuilderChain.INDENT + ".build()");
        return CodeBlocks.of("java", String.join("\n", lines));
    }

    static List<MemberSpec> requiredFirst(List<MemberSpec> members) {
        List<MemberSpec> ordered = new ArrayList<>();
        members.stream().filter(m -> m.member().required()).forEach(ordered::add);
        members.stream().filter(m -> !m.member().required()).forEach(ordered::add);
        return ordered;
    }

    private CodeView usage(OperationSpec spec) {
        String response = DocsIndex.simpleName(spec.response().className());
        return CodeBlocks.of("java", "// " + spec.methodName() + " method usage example\n\n" + response
                + " response = client." + spec.methodName() + "(" + chains.requiredMembers(spec.request(), 0) + ");");
    }

    private CodeView requestSyntax(OperationSpec spec) {
        String response = DocsIndex.simpleName(spec.response().className());
        return CodeBlocks.of("java", response + " response = client." + spec.methodName() + "("
                + chains.everyMember(spec.request(), 0) + ");");
    }

    private CodeView responseSyntax(StructureSpec response) {
        StructureShape shape = response.shape();
        Optional<Member> payload = shape.payload().flatMap(shape::member);
        if (payload.isPresent()) {
            Shape target = index.service().model().shape(payload.get().target());
            if (target instanceof StructureShape structure) {
                return CodeBlocks.of("json", json.of(structure.members(), structure));
            }
            return CodeBlocks.of("text", "(the raw " + payload.get().wireName() + " payload)");
        }
        return CodeBlocks.of("json", json.of(JsonSkeleton.bodyMembers(shape), shape));
    }

    /** What the response carries outside the JSON body: headers, the status code, a raw payload. */
    private String responseNotes(StructureSpec response) {
        List<String> items = new ArrayList<>();
        String payload = response.shape().payload().orElse("");
        for (MemberSpec member : response.members()) {
            Member model = member.member();
            String accessor = MarkdownText.code(member.getterName() + "()");
            String wire = MarkdownText.code(model.wireName());
            if (model.name().equals(payload) && !(member.target() instanceof StructureShape)) {
                items.add("- the HTTP body: " + accessor);
            } else if (model.location() == MemberLocation.HEADER) {
                items.add("- the " + wire + " header: " + accessor);
            } else if (model.location() == MemberLocation.HEADERS) {
                items.add("- the headers starting with " + wire + ": " + accessor);
            } else if (model.location() == MemberLocation.STATUS_CODE) {
                items.add("- the HTTP status code: " + accessor);
            }
        }
        return items.isEmpty() ? "" : "Outside the JSON body, the response carries:\n\n" + String.join("\n", items);
    }
}
