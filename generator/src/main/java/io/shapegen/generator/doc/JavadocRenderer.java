package io.shapegen.generator.doc;

import java.util.List;
import java.util.Locale;

/**
 * Renders documentation nodes as Javadoc HTML that cannot break out of the comment: {@code *}{@code /}, {@code @},
 * backslashes (unicode escapes) and angle brackets in text are escaped, links keep only web targets, and
 * unknown tags keep only their text.
 */
public final class JavadocRenderer {
    /** Beyond this nesting, content is rendered as plain text (a hostile model cannot exhaust the stack). */
    private static final int MAX_DEPTH = 64;

    private JavadocRenderer() {
    }

    /** @param html model documentation @return safe Javadoc text, paragraphs separated by {@code <p>} */
    public static String render(String html) {
        StringBuilder out = new StringBuilder();
        renderAll(HtmlDocParser.parse(html), out, 0);
        return tidy(out.toString());
    }

    private static void renderAll(List<DocNode> nodes, StringBuilder out, int depth) {
        for (DocNode node : nodes) {
            if (node instanceof DocNode.Text text) {
                out.append(escape(text.text()));
            } else {
                renderElement((DocNode.Element) node, out, depth);
            }
        }
    }

    private static void renderElement(DocNode.Element element, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            out.append(escape(DocText.plain(element.children())));
            return;
        }
        String tag = switch (element.tag()) {
            case "p", "note", "important", "div", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote" -> "p";
            case "code", "pre", "ul", "ol", "li", "i", "b", "br" -> element.tag();
            case "strong" -> "b";
            case "em" -> "i";
            case "a" -> "a";
            default -> "";
        };
        switch (tag) {
            case "" -> renderAll(element.children(), out, depth + 1);
            case "br" -> out.append("<br>");
            case "p" -> {
                out.append("\n\n<p>");
                if (element.tag().equals("note") || element.tag().equals("important")) {
                    out.append("<b>").append(element.tag().equals("note") ? "Note" : "Important").append(":</b> ");
                }
                renderAll(element.children(), out, depth + 1);
                out.append("\n\n");
            }
            case "ul", "ol" -> {
                out.append("\n<").append(tag).append(">\n");
                renderAll(element.children(), out, depth + 1);
                out.append("\n</").append(tag).append(">\n");
            }
            case "li" -> {
                out.append("\n<li>");
                renderAll(element.children(), out, depth + 1);
                out.append("</li>");
            }
            case "a" -> {
                String href = element.href().filter(JavadocRenderer::isWebLink).orElse("");
                if (href.isEmpty()) {
                    renderAll(element.children(), out, depth + 1);
                } else {
                    out.append("<a href=\"").append(escape(href).replace("\"", "&quot;")).append("\">");
                    renderAll(element.children(), out, depth + 1);
                    out.append("</a>");
                }
            }
            default -> {
                out.append('<').append(tag).append('>');
                renderAll(element.children(), out, depth + 1);
                out.append("</").append(tag).append('>');
            }
        }
    }

    static boolean isWebLink(String href) {
        String lower = href.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Escapes text so that it reads the same in Javadoc and can never end the comment or start a tag. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '$' -> out.append('$');
                default -> {
                    if (c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c)) {
                        out.append(' ');
                    } else if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Collapses runs of spaces, trims each line, and keeps at most one blank line between blocks. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blankLines = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.replaceAll(" {2,}", " ").trim();
            if (trimmed.isEmpty()) {
                blankLines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankLines > 0 ? "\n\n" : "\n");
            }
            blankLines = 0;
            out.append(trimmed);
        }
        String result = out.toString();
        return result.startsWith("<p>") ? result.substring(3) : result;
    }
}
