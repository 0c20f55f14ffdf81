package io.shapegen.generator.docs;

import io.shapegen.generator.doc.DocNode;
import io.shapegen.generator.doc.DocText;
import io.shapegen.generator.doc.HtmlDocParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders model documentation as Markdown, walking the same {@link DocNode} tree as the Javadoc renderer:
 * {@code <p>} paragraphs, {@code <code>} code spans, web {@code <a>} links, {@code <ul>}/{@code <ol>} lists,
 * {@code <note>}/{@code <important>} block quotes, {@code <b>}/{@code <i>} emphasis and {@code <pre>} code
 * blocks. Every other tag keeps only its text, and all text is escaped: no Markdown or HTML from the model
 * survives. Each paragraph is one line, so the output does not depend on a wrap width.
 */
public final class MarkdownRenderer {
    /** Beyond this nesting, content is rendered as plain text (a hostile model cannot exhaust the stack). */
    private static final int MAX_DEPTH = 48;

    private MarkdownRenderer() {
    }

    /** @param html model documentation @return Markdown blocks separated by blank lines, {@code ""} when empty */
    public static String render(String html) {
        return String.join("\n\n", blocks(HtmlDocParser.parse(html), 0));
    }

    /**
     * @param html model documentation
     * @return the first sentence of its first paragraph as one line of Markdown (inline markup kept), {@code ""}
     *     when empty
     */
    public static String summary(String html) {
        List<String> blocks = blocks(HtmlDocParser.parse(html), 0);
        if (blocks.isEmpty()) {
            return "";
        }
        String first = blocks.get(0);
        if (first.contains("\n") || first.startsWith("- ") || first.startsWith(">") || first.startsWith("```")
                || Character.isDigit(first.charAt(0))) {
            return MarkdownText.guardBlockStart(MarkdownText.escape(DocText.firstSentence(html)));
        }
        return firstSentence(first);
    }

    /** Cuts a rendered paragraph after its first {@code ". "} that is outside code spans and links. */
    static String firstSentence(String markdown) {
        int i = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int run = run(markdown, i, '`');
                int close = markdown.indexOf("`".repeat(run), i + run);
                while (close >= 0 && run(markdown, close, '`') != run) {
                    close = markdown.indexOf("`".repeat(run), close + run(markdown, close, '`'));
                }
                i = close < 0 ? i + run : close + run;
            } else if (c == '[') {
                int target = markdown.indexOf("](", i);
                int end = target < 0 ? -1 : markdown.indexOf(')', target);
                i = end < 0 ? i + 1 : end + 1;
            } else if (c == '.' && i + 1 < markdown.length() && markdown.charAt(i + 1) == ' ') {
                return markdown.substring(0, i + 1);
            } else {
                i++;
            }
        }
        return markdown;
    }

    private static int run(String text, int from, char c) {
        int end = from;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    private static List<String> blocks(List<DocNode> nodes, int depth) {
        List<String> out = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        for (DocNode node : nodes) {
            if (node instanceof DocNode.Text text) {
                inline.append(MarkdownText.escape(text.text()));
            } else {
                DocNode.Element element = (DocNode.Element) node;
                if (depth > MAX_DEPTH) {
                    inline.append(' ').append(MarkdownText.escape(DocText.plain(element.children()))).append(' ');
                } else if (element.isBlock()) {
                    flush(inline, out);
                    out.addAll(block(element, depth + 1));
                } else {
                    inline.append(inline(element, depth + 1, new Inline(false, false, false)));
                }
            }
        }
        flush(inline, out);
        return out;
    }

    private static void flush(StringBuilder inline, List<String> out) {
        String paragraph = MarkdownText.collapseWhitespace(inline.toString()).strip();
        inline.setLength(0);
        if (!paragraph.isEmpty()) {
            out.add(MarkdownText.guardBlockStart(paragraph));
        }
    }

    private static List<String> block(DocNode.Element element, int depth) {
        return switch (element.tag()) {
            case "ul", "ol" -> list(element, depth);
            case "li" -> list(new DocNode.Element("ul", Optional.empty(), List.of(element)), depth);
            case "note", "important" -> note(element, depth);
            case "pre" -> {
                String code = rawText(element.children()).strip();
                yield code.isEmpty() ? List.of() : List.of(MarkdownText.codeBlock("", code));
            }
            default -> blocks(element.children(), depth);
        };
    }

    private static List<String> list(DocNode.Element list, int depth) {
        List<List<String>> items = new ArrayList<>();
        for (DocNode child : list.children()) {
            List<String> item;
            if (child instanceof DocNode.Element element && element.tag().equals("li")) {
                item = blocks(element.children(), depth + 1);
            } else {
                item = blocks(List.of(child), depth + 1);
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        boolean loose = items.stream().anyMatch(item -> item.size() > 1);
        StringBuilder out = new StringBuilder();
        boolean ordered = list.tag().equals("ol");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(loose ? "\n\n" : "\n");
            }
            String marker = ordered ? (i + 1) + ". " : "- ";
            String body = String.join("\n\n", items.get(i));
            // Four spaces: Python Markdown (MkDocs) nests only at four, CommonMark at the marker's width or more.
            String indent = " ".repeat(Math.max(4, marker.length()));
            String indented = MarkdownText.indent(body, indent);
            out.append(marker).append(indented.substring(indent.length()));
        }
        return List.of(out.toString());
    }

    private static List<String> note(DocNode.Element element, int depth) {
        List<String> inner = new ArrayList<>(blocks(element.children(), depth + 1));
        if (inner.isEmpty()) {
            return List.of();
        }
        String label = element.tag().equals("note") ? "**Note:**" : "**Important:**";
        String first = inner.get(0);
        if (first.startsWith("- ") || first.startsWith("```") || first.startsWith(">")
                || Character.isDigit(first.charAt(0))) {
            inner.add(0, label);
        } else {
            inner.set(0, label + " " + first);
        }
        return List.of(MarkdownText.quote(String.join("\n\n", inner)));
    }

    /** What the enclosing inline elements already do, so the output never nests a link or doubles emphasis. */
    private record Inline(boolean inLink, boolean bold, boolean italic) {
    }

    private static String inline(DocNode.Element element, int depth, Inline state) {
        if (depth > MAX_DEPTH) {
            return " " + MarkdownText.escape(DocText.plain(element.children())) + " ";
        }
        return switch (element.tag()) {
            case "code", "tt", "kbd", "samp", "var" -> {
                String code = MarkdownText.code(rawText(element.children()));
                yield code.isEmpty() ? "" : code;
            }
            case "a" -> {
                String text = inlineChildren(element, depth, new Inline(true, state.bold(), state.italic()));
                String href = element.href().filter(MarkdownText::isWebLink).orElse("");
                if (state.inLink() || href.isEmpty()) {
                    yield text;
                }
                String label = MarkdownText.collapseWhitespace(text).strip();
                if (label.isEmpty()) {
                    label = MarkdownText.escape(href.strip());
                }
                yield MarkdownText.link(label, MarkdownText.url(href));
            }
            case "b", "strong" -> state.bold() ? inlineChildren(element, depth, state)
                    : emphasis("**", inlineChildren(element, depth, new Inline(state.inLink(), true, state.italic())));
            case "i", "em" -> state.italic() ? inlineChildren(element, depth, state)
                    : emphasis("*", inlineChildren(element, depth, new Inline(state.inLink(), state.bold(), true)));
            case "br" -> " ";
            default -> element.isBlock() ? " " + inlineChildren(element, depth, state) + " "
                    : inlineChildren(element, depth, state);
        };
    }

    private static String inlineChildren(DocNode.Element element, int depth, Inline state) {
        StringBuilder out = new StringBuilder();
        for (DocNode child : element.children()) {
            if (child instanceof DocNode.Text text) {
                out.append(MarkdownText.escape(text.text()));
            } else {
                out.append(inline((DocNode.Element) child, depth + 1, state));
            }
        }
        return out.toString();
    }

    /** Emphasis only parses when the delimiters touch the text, so surrounding spaces move outside. */
    private static String emphasis(String marker, String content) {
        String collapsed = MarkdownText.collapseWhitespace(content);
        String text = collapsed.strip();
        if (text.isEmpty()) {
            return collapsed;
        }
        String before = collapsed.startsWith(" ") ? " " : "";
        String after = collapsed.endsWith(" ") ? " " : "";
        return before + marker + text + marker + after;
    }

    /** The text of nodes as written, line breaks kept (for code). */
    private static String rawText(List<DocNode> nodes) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<DocNode> pending = new ArrayDeque<>(nodes);
        while (!pending.isEmpty()) {
            DocNode node = pending.pollFirst();
            if (node instanceof DocNode.Text text) {
                out.append(text.text());
            } else {
                DocNode.Element element = (DocNode.Element) node;
                if (element.tag().equals("br")) {
                    out.append('\n');
                }
                List<DocNode> children = element.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.addFirst(children.get(i));
                }
            }
        }
        return out.toString();
    }
}
