package io.shapegen.maven.diff;

import io.shapegen.model.diff.Change;
import io.shapegen.model.diff.ChangeKind;
import io.shapegen.model.diff.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders {@code changes.md}: a summary, the breaking changes with their reasons, then every change grouped by
 * kind, each naming the operations that use it, linked to their docs pages when there are any. The text depends
 * only on the report: no dates, no absolute paths, the changes' own order.
 */
public final class ChangelogMarkdown {
    private ChangelogMarkdown() {
    }

    /** @param report what to render @return the Markdown, ending with a newline */
    public static String render(DiffReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(report.service()).append(": model changes\n\n");
        md.append("From ").append(code(report.oldLabel())).append(" to ").append(code(report.newLabel()))
                .append(": ").append(report.counts()).append(".\n");
        List<Change> breaking = report.changes().breaking();
        if (!breaking.isEmpty()) {
            md.append("\n## Breaking changes\n\n");
            md.append("Code written against the SDK generated from the old model may not compile, or its calls may "
                    + "fail, with the new one:\n\n");
            for (Change change : breaking) {
                md.append("- **").append(capitalize(change.kind().title())).append("** ")
                        .append(item(change, report, Reason.PLAIN)).append('\n');
            }
        }
        Map<ChangeKind, List<Change>> byKind = new TreeMap<>();
        for (Change change : report.changes().changes()) {
            byKind.computeIfAbsent(change.kind(), kind -> new ArrayList<>()).add(change);
        }
        for (Map.Entry<ChangeKind, List<Change>> group : byKind.entrySet()) {
            md.append("\n## ").append(heading(group.getKey())).append("\n\n");
            List<Change> changes = group.getValue();
            // A reason every change of the group shares is said once, under the heading.
            boolean shared = group.getKey() != ChangeKind.DOCUMENTATION_CHANGED
                    && changes.stream().noneMatch(Change::breaking)
                    && changes.stream().map(Change::reason).distinct().count() == 1;
            if (shared) {
                md.append(changes.get(0).reason()).append("\n\n");
            }
            Reason reason = shared || group.getKey() == ChangeKind.DOCUMENTATION_CHANGED ? Reason.NONE
                    : Reason.MARK_BREAKING;
            for (Change change : changes) {
                md.append("- ").append(item(change, report, reason)).append('\n');
            }
        }
        return md.toString();
    }

    /** How an item says why it is, or is not, breaking. */
    private enum Reason {
        /** Not at all: the section says it. */
        NONE,
        /** The reason alone: the item is in the breaking changes. */
        PLAIN,
        /** The reason, after a bold "breaking" when it is. */
        MARK_BREAKING
    }

    private static String item(Change change, DiffReport report, Reason reason) {
        StringBuilder text = new StringBuilder(subject(change.subject(), report));
        if (!change.detail().isEmpty()) {
            text.append(' ').append(code(change.detail()));
        }
        if (!change.before().isEmpty() && !change.after().isEmpty()) {
            text.append(": ").append(code(change.before())).append(" → ").append(code(change.after()));
        } else if (!change.before().isEmpty() || !change.after().isEmpty()) {
            text.append(": ").append(code(change.before().isEmpty() ? change.after() : change.before()));
        }
        if (reason != Reason.NONE) {
            text.append(" — ").append(reason == Reason.MARK_BREAKING && change.breaking() ? "**breaking**: " : "")
                    .append(change.reason());
        }
        if (change.subject().level() != Subject.Level.OPERATION && !change.operations().isEmpty()) {
            List<String> operations = change.operations().stream().map(name -> operation(name, report)).toList();
            text.append(reason == Reason.NONE ? " — used by " : " Used by ").append(String.join(", ", operations))
                    .append('.');
        }
        return text.toString();
    }

    private static String subject(Subject subject, DiffReport report) {
        return switch (subject.level()) {
            case SERVICE -> "the service";
            case OPERATION -> operation(subject.name(), report);
            case SHAPE, MEMBER -> code(subject.path());
        };
    }

    private static String operation(String name, DiffReport report) {
        return report.pages().page(name).map(page -> "[" + code(name) + "](" + destination(page) + ")")
                .orElse(code(name));
    }

    private static String heading(ChangeKind kind) {
        return switch (kind) {
            case OPERATION_ADDED -> "Operations added";
            case OPERATION_REMOVED -> "Operations removed";
            case OPERATION_INPUT_CHANGED -> "Operation inputs changed";
            case OPERATION_OUTPUT_CHANGED -> "Operation outputs changed";
            case OPERATION_ERROR_ADDED -> "Operation errors added";
            case OPERATION_ERROR_REMOVED -> "Operation errors removed";
            case SHAPE_ADDED -> "Shapes added";
            case SHAPE_REMOVED -> "Shapes removed";
            case SHAPE_TYPE_CHANGED -> "Shape types changed";
            case MEMBER_ADDED -> "Members added";
            case MEMBER_REMOVED -> "Members removed";
            case MEMBER_TYPE_CHANGED -> "Member types changed";
            case MEMBER_TARGET_CHANGED -> "Member targets changed";
            case REQUIRED_ADDED -> "Required added";
            case REQUIRED_REMOVED -> "Required removed";
            case ENUM_VALUE_ADDED -> "Enum values added";
            case ENUM_VALUE_REMOVED -> "Enum values removed";
            case HTTP_BINDING_CHANGED -> "HTTP bindings changed";
            case SENSITIVE_ADDED -> "Sensitive added";
            case SENSITIVE_REMOVED -> "Sensitive removed";
            case TRAIT_CHANGED -> "Traits changed";
            case DOCUMENTATION_CHANGED -> "Documentation changed";
        };
    }

    /** A code span that any text fits in: a fence longer than the longest backtick run inside, on one line. */
    static String code(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`");
        return fence + (pad ? " " + line + " " : line) + fence;
    }

    /** A link destination; one with spaces or parentheses goes in angle brackets. */
    private static String destination(String url) {
        return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
