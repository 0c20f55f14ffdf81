package io.shapegen.maven.diff;

import io.shapegen.model.diff.Change;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders {@code changes.json}, the machine-readable report. Every change has the same fields (empty strings when
 * a value does not apply), in the changelog's order; {@code formatVersion} changes when a field's meaning does.
 *
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "service": "Widgets", "old": "...", "new": "...",
 *   "summary": {"changes": 34, "breaking": 8, "documentationOnly": false},
 *   "changes": [{"kind": "member-added", "level": "member", "subject": "CreateWidgetRequest.Size", "detail": "",
 *                "before": "", "after": "required integer", "breaking": true, "reason": "...",
 *                "operations": ["CreateWidget"]}, ...],
 *   "operationPages": {"CreateWidget": "docs/operations/createWidget.md"}
 * }
 * }</pre>
 */
public final class ChangeReportJson {
    /** The version of the report's format. */
    public static final int FORMAT_VERSION = 1;

    private ChangeReportJson() {
    }

    /** @param report what to render @return the JSON document, ending with a newline */
    public static String render(DiffReport report) {
        List<Change> changes = report.changes().changes();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
        json.append("  \"service\": ").append(string(report.service())).append(",\n");
        json.append("  \"old\": ").append(string(report.oldLabel())).append(",\n");
        json.append("  \"new\": ").append(string(report.newLabel())).append(",\n");
        json.append("  \"summary\": {\n");
        json.append("    \"changes\": ").append(changes.size()).append(",\n");
        json.append("    \"breaking\": ").append(report.changes().breaking().size()).append(",\n");
        json.append("    \"documentationOnly\": ").append(report.changes().isDocumentationOnly()).append('\n');
        json.append("  },\n");
        json.append("  \"changes\": [");
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "kind", string(change.kind().id()));
            field(json, "level", string(change.subject().level().name().toLowerCase(Locale.ROOT)));
            field(json, "subject", string(change.subject().path()));
            field(json, "detail", string(change.detail()));
            field(json, "before", string(change.before()));
            field(json, "after", string(change.after()));
            field(json, "breaking", String.valueOf(change.breaking()));
            field(json, "reason", string(change.reason()));
            json.append("      \"operations\": ").append(strings(change.operations())).append("\n    }");
            for (String operation : change.operations()) {
                Optional<String> page = report.pages().page(operation);
                page.ifPresent(href -> pages.put(operation, href));
            }
        }
        json.append(changes.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"operationPages\": {");
        int index = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            json.append(index++ == 0 ? "\n" : ",\n").append("    ").append(string(page.getKey())).append(": ")
                    .append(string(page.getValue()));
        }
        json.append(pages.isEmpty() ? "}\n" : "\n  }\n");
        return json.append("}\n").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("      \"").append(name).append("\": ").append(value).append(",\n");
    }

    private static String strings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (and U+2028/9, for JavaScript). */
    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
