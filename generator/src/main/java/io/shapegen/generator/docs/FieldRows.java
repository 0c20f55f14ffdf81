package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.FieldView;
import io.shapegen.generator.spec.MemberSpec;
import io.shapegen.generator.spec.StructureSpec;
import io.shapegen.model.shape.BlobShape;
import io.shapegen.model.shape.Constraints;
import io.shapegen.model.shape.ListShape;
import io.shapegen.model.shape.MapShape;
import io.shapegen.model.shape.Shape;
import io.shapegen.model.shape.StringShape;
import io.shapegen.model.shape.StructureShape;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** Members as bullet rows: the Parameters and Response Structure of operation pages, the members of models. */
final class FieldRows {
    /** Nested structures deeper than this are linked instead of expanded. */
    static final int MAX_DEPTH = 6;

    /** What the rows document. */
    enum Mode {
        /** Request members: required marks, constraints, automatic filling, nested structures expanded. */
        PARAMETERS,
        /** Response accessors: nested structures expanded. */
        RESPONSE,
        /** The members of one class, not expanded (models.md, exceptions.md). */
        MEMBERS
    }

    private final DocsIndex index;
    private final NestedShapes shapes;
    private final String root;
    private final Mode mode;

    FieldRows(DocsIndex index, String root, Mode mode) {
        this.index = index;
        this.shapes = new NestedShapes(index.service().model());
        this.root = root;
        this.mode = mode;
    }

    /** @param members the members of one class @return their rows, nested structures following their parents */
    List<FieldView> rows(List<MemberSpec> members, StructureShape owner) {
        List<FieldView> rows = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        path.push(owner.name());
        add(members, 0, path, rows);
        return rows;
    }

    private void add(List<MemberSpec> members, int depth, Deque<String> path, List<FieldView> rows) {
        for (MemberSpec member : members) {
            List<String> notes = new ArrayList<>();
            StructureSpec nested = mode == Mode.MEMBERS ? null
                    : shapes.structureWithin(member.target()).flatMap(s -> index.structure(s.name())).orElse(null);
            boolean expand = false;
            if (nested != null) {
                String link = index.classLink(nested.className(), root);
                if (path.contains(nested.shape().name())) {
                    notes.add("*Recursive:* " + link + " contains itself; its members are listed above.");
                } else if (depth + 1 >= MAX_DEPTH) {
                    notes.add("*Nested too deep to list here:* see " + link + ".");
                } else {
                    expand = true;
                }
            }
            boolean required = mode != Mode.RESPONSE && member.member().required();
            boolean deprecated = member.member().traits().deprecated();
            // Four spaces per level: Python Markdown (MkDocs) nests lists only at four.
            String indent = "    ".repeat(depth);
            String details = String.join("\n\n", details(member, notes));
            String javaName = mode == Mode.PARAMETERS ? member.setterName() : member.getterName();
            rows.add(new FieldView(depth, indent, javaName, member.member().name(),
                    index.typeMarkdown(member.accessorType(), root), required, deprecated,
                    details.isEmpty() ? "" : MarkdownText.indent(details, indent + "    ")));
            if (expand) {
                path.push(nested.shape().name());
                add(nested.members(), depth + 1, path, rows);
                path.pop();
            }
        }
    }

    private List<String> details(MemberSpec member, List<String> notes) {
        List<String> paragraphs = new ArrayList<>();
        if (member.member().traits().deprecated()) {
            String why = member.member().traits().deprecatedMessage();
            paragraphs.add("**Deprecated.**" + (why.isBlank() ? "" : " " + MarkdownText.escape(why).strip()));
        }
        if (mode == Mode.PARAMETERS && member.member().traits().idempotencyToken()) {
            paragraphs.add("Auto-filled if absent: the client sends a fresh idempotency token (a random UUID) when "
                    + "you leave it unset.");
        }
        if (mode != Mode.RESPONSE) {
            String constraints = constraints(member.target());
            if (!constraints.isEmpty()) {
                paragraphs.add("Constraints: " + constraints + ".");
            }
        }
        shapes.enumWithin(member.target()).ifPresent(enumShape -> paragraphs.add("Values: "
                + enumShape.enumValues().stream().map(MarkdownText::code).collect(Collectors.joining(" | "))));
        String html = member.member().documentation().isEmpty() ? member.target().traits().documentation()
                : member.member().documentation();
        String documentation = MarkdownRenderer.render(html);
        if (!documentation.isEmpty()) {
            paragraphs.add(documentation);
        }
        paragraphs.addAll(notes);
        return paragraphs;
    }

    /** @param shape a member's target @return its min, max and pattern as Markdown, {@code ""} when none */
    static String constraints(Shape shape) {
        Constraints constraints = shape.traits().constraints();
        String unit = shape instanceof StringShape || shape instanceof BlobShape ? " length"
                : shape instanceof ListShape ? " items" : shape instanceof MapShape ? " entries" : "";
        List<String> parts = new ArrayList<>();
        constraints.min().ifPresent(min -> parts.add("min" + unit + " " + plain(min)));
        constraints.max().ifPresent(max -> parts.add("max" + unit + " " + plain(max)));
        constraints.pattern().map(MarkdownText::code).filter(code -> !code.isEmpty())
                .ifPresent(code -> parts.add("pattern " + code));
        return String.join(", ", parts);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
