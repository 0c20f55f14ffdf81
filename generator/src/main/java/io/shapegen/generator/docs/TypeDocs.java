package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.EnumConstantView;
import io.shapegen.generator.docs.context.EnumView;
import io.shapegen.generator.docs.context.ExceptionView;
import io.shapegen.generator.docs.context.ModelView;
import io.shapegen.generator.docs.context.RefView;
import io.shapegen.generator.spec.EnumSpec;
import io.shapegen.generator.spec.ExceptionSpec;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.model.shape.StructureShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The views of the generated types: model classes (models.md), enums (enums.md), exceptions (exceptions.md). */
final class TypeDocs {
    private final DocsIndex index;
    private final NestedShapes shapes;
    /** Who uses each model class or enum, by shape name; each list sorted by name when read. */
    private final Map<String, Map<String, RefView>> usedBy = new HashMap<>();

    TypeDocs(DocsIndex index) {
        this.index = index;
        this.shapes = new NestedShapes(index.service().model());
        ServiceSpec service = index.service();
        for (StructureSpec structure : service.structures()) {
            RefView user = new RefView(structure.className().simpleName(), index.href(structure.className()).orElseThrow(), "");
            structure.members().forEach(member -> recordUse(member, user));
        }
        for (ExceptionSpec exception : service.exceptions()) {
            RefView user = new RefView(exception.className().simpleName(), index.href(exception.className()).orElseThrow(), "");
            exception.members().forEach(member -> recordUse(member, user));
        }
        for (OperationSpec operation : service.operations()) {
            RefView user = new RefView(operation.methodName(), DocsIndex.operationPage(operation), "");
            use(operation.request().shape().name(), user);
            use(operation.response().shape().name(), user);
        }
    }

    private void recordUse(MemberSpec member, RefView user) {
        shapes.structureWithin(member.target()).ifPresent(s -> use(s.name(), user));
        shapes.enumWithin(member.target()).ifPresent(e -> use(e.name(), user));
    }

    private void use(String shapeName, RefView user) {
        usedBy.computeIfAbsent(shapeName, name -> new TreeMap<>()).putIfAbsent(user.name() + "\u0000" + user.href(), user);
    }

    private List<RefView> usersOf(String shapeName) {
        return List.copyOf(usedBy.getOrDefault(shapeName, Map.of()).values());
    }

    ModelView model(StructureSpec structure) {
        String name = structure.className().simpleName();
        String documentation = structure.shape().traits().documentation();
        Footnotes footnotes = new Footnotes(index, "./");
        List<String> lines = new ArrayList<>();
        lines.add("// " + name + " definition");
        lines.add("");
        if (structure.shape().traits().deprecated()) {
            lines.add("@Deprecated");
        }
        lines.add(index.service().writtenAsRecord(structure) ? "public record " + name + "(...) {" : "public final class " + name + " {");
        for (MemberSpec member : OperationDocs.requiredFirst(structure.members())) {
            String flags = member.member().required() ? "required" : "";
            if (member.member().traits().deprecated()) {
                flags = flags.isEmpty() ? "deprecated" : flags + ", deprecated";
            }
            lines.add(Footnotes.comment(BuilderChain.INDENT + DocsIndex.simpleName(member.accessorType()) + " "
                    + member.getterName() + "();", flags, footnotes.mark(member.accessorType())));
        }
        lines.add("}");
        String role = switch (structure.role()) {
            case REQUEST -> "request";
            case RESPONSE -> "response";
            case MODEL -> "model";
        };
        return new ModelView(name, DocsIndex.anchor(structure.className()), index.href(structure.className()).orElseThrow(),
                role, MarkdownRenderer.summary(documentation), MarkdownRenderer.render(documentation),
                structure.shape().traits().deprecated(), CodeBlocks.of("java", String.join("\n", lines)), footnotes.list(),
                new FieldRows(index, "./", FieldRows.Mode.MEMBERS).rows(structure.members(), structure.shape()),
                usersOf(structure.shape().name()));
    }

    EnumView enumView(EnumSpec spec) {
        String name = spec.className().simpleName();
        String documentation = spec.shape().traits().documentation();
        List<String> lines = new ArrayList<>();
        lines.add("// " + name + " definition");
        lines.add("");
        lines.add("public enum " + name + " {");
        List<EnumConstantView> constants = new ArrayList<>();
        for (EnumSpec.Constant constant : spec.constants()) {
            lines.add(BuilderChain.INDENT + constant.name() + "(" + BuilderChain.javaString(constant.value()) + "),");
            constants.add(new EnumConstantView(constant.name(), MarkdownText.code(constant.value())));
        }
        lines.add(BuilderChain.INDENT + EnumSpec.UNKNOWN + "(null);  // a value this SDK version does not know");
        lines.add("}");
        return new EnumView(name, DocsIndex.anchor(spec.className()), index.href(spec.className()).orElseThrow(),
                MarkdownRenderer.summary(documentation), MarkdownRenderer.render(documentation),
                spec.shape().traits().deprecated(), constants, EnumSpec.UNKNOWN,
                CodeBlocks.of("java", String.join("\n", lines)), usersOf(spec.shape().name()));
    }

    ExceptionView exception(ExceptionSpec spec) {
        StructureShape shape = spec.shape();
        String documentation = shape.traits().documentation();
        List<RefView> thrownBy = index.service().operations().stream()
                .filter(operation -> operation.errors().contains(spec))
                .map(operation -> new RefView(operation.methodName(), DocsIndex.operationPage(operation), ""))
                .sorted(Comparator.comparing(RefView::name)).toList();
        String status = shape.error().flatMap(error -> error.httpStatusCode()).map(String::valueOf).orElse("");
        boolean serverFault = shape.fault() || status.startsWith("5");
        return new ExceptionView(spec.className().simpleName(), DocsIndex.anchor(spec.className()),
                index.href(spec.className()).orElseThrow(), MarkdownRenderer.summary(documentation),
                MarkdownRenderer.render(documentation), MarkdownText.code(spec.errorCode()), status,
                serverFault ? "server" : "client",
                new FieldRows(index, "./", FieldRows.Mode.MEMBERS).rows(spec.members(), shape), thrownBy);
    }
}
