package io.shapegen.generator.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A forgiving parser for the HTML subset in AWS model documentation. It never fails: unknown tags keep their
 * text, stray {@code <} is text, unclosed tags close at the end, mismatched closes are matched to the nearest
 * open element of the same name.
 */
public final class HtmlDocParser {
    private static final Set<String> VOID_TAGS = Set.of("br", "hr", "img", "input", "meta", "link", "wbr");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "mdash", "—", "ndash", "–", "hellip", "…", "copy", "©");

    private HtmlDocParser() {
    }

    /** @param html model documentation @return its nodes at the top level */
    public static List<DocNode> parse(String html) {
        Deque<Open> stack = new ArrayDeque<>();
        stack.push(new Open("#root", Optional.empty()));
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            if (c == '<' && i + 1 < html.length() && isTagStart(html, i + 1)) {
                int end = html.indexOf('>', i);
                if (end > 0) {
                    flushText(text, stack);
                    handleTag(html.substring(i + 1, end), stack);
                    i = end + 1;
                    continue;
                }
            }
            if (c == '&') {
                int semicolon = html.indexOf(';', i);
                if (semicolon > i && semicolon - i <= 10) {
                    String decoded = decodeEntity(html.substring(i + 1, semicolon));
                    if (decoded != null) {
                        text.append(decoded);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            text.append(c);
            i++;
        }
        flushText(text, stack);
        while (stack.size() > 1) {
            closeTop(stack);
        }
        return stack.pop().children;
    }

    private static boolean isTagStart(String html, int at) {
        char c = html.charAt(at);
        if (c == '/') {
            return at + 1 < html.length() && Character.isLetter(html.charAt(at + 1));
        }
        return c < 128 && Character.isLetter(c);
    }

    private static void handleTag(String body, Deque<Open> stack) {
        boolean closing = body.startsWith("/");
        String content = closing ? body.substring(1) : body;
        boolean selfClosing = content.endsWith("/");
        if (selfClosing) {
            content = content.substring(0, content.length() - 1);
        }
        int nameEnd = 0;
        while (nameEnd < content.length() && (Character.isLetterOrDigit(content.charAt(nameEnd)) || content.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        String name = content.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        if (closing) {
            if (stack.stream().anyMatch(open -> open.tag.equals(name))) {
                while (!stack.peek().tag.equals(name)) {
                    closeTop(stack);
                }
                closeTop(stack);
            }
            return;
        }
        Optional<String> href = name.equals("a") ? attribute(content.substring(nameEnd), "href") : Optional.empty();
        if (selfClosing || VOID_TAGS.contains(name)) {
            stack.peek().children.add(new DocNode.Element(name, href, List.of()));
        } else {
            stack.push(new Open(name, href));
        }
    }

    private static Optional<String> attribute(String attributes, String wanted) {
        int at = attributes.toLowerCase(Locale.ROOT).indexOf(wanted + "=");
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + wanted.length() + 1;
        if (start >= attributes.length()) {
            return Optional.empty();
        }
        char quote = attributes.charAt(start);
        if (quote == '"' || quote == '\'') {
            int end = attributes.indexOf(quote, start + 1);
            return end < 0 ? Optional.empty() : Optional.of(decodeAll(attributes.substring(start + 1, end)));
        }
        int end = start;
        while (end < attributes.length() && !Character.isWhitespace(attributes.charAt(end))) {
            end++;
        }
        return Optional.of(decodeAll(attributes.substring(start, end)));
    }

    private static String decodeAll(String text) {
        StringBuilder out = new StringBuilder();
        for (DocNode node : parse(text)) {
            if (node instanceof DocNode.Text t) {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    private static String decodeEntity(String name) {
        if (name.startsWith("#")) {
            try {
                int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    private static void flushText(StringBuilder text, Deque<Open> stack) {
        if (text.length() > 0) {
            stack.peek().children.add(new DocNode.Text(text.toString()));
            text.setLength(0);
        }
    }

    private static void closeTop(Deque<Open> stack) {
        Open open = stack.pop();
        stack.peek().children.add(new DocNode.Element(open.tag, open.href, open.children));
    }

    private static final class Open {
        final String tag;
        final Optional<String> href;
        final List<DocNode> children = new ArrayList<>();

        Open(String tag, Optional<String> href) {
            this.tag = tag;
            this.href = href;
        }
    }
}
