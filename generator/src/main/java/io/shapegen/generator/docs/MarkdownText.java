package io.shapegen.generator.docs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place text becomes Markdown: escaping, code spans and blocks, link targets, indentation. Whatever a
 * model says, text rendered here reads as literal text: it cannot start a heading, a list, a table, emphasis, a
 * link or raw HTML.
 */
public final class MarkdownText {
    /**
     * Characters that have a meaning in CommonMark, GFM or MkDocs inline text and that every one of them (Python
     * Markdown included) unescapes after a backslash.
     */
    private static final String BACKSLASHED = "\\`*_[]#!";

    private MarkdownText() {
    }

    /**
     * @param text plain text
     * @return the text as Markdown that renders exactly as the text, on one line (line breaks become spaces,
     *     control characters are dropped): a backslash before the punctuation every Markdown flavour unescapes,
     *     character references for {@code < > & | ~}
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BACKSLASHED.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '|') {
                // Table cells; Python Markdown would show a backslash before it.
                out.append("&#124;");
            } else if (c == '~') {
                // Strikethrough.
                out.append("&#126;");
            } else if (isLineBreakOrSpace(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes what would make a paragraph start a block: a list marker ({@code -}, {@code +}, {@code 1.}) or a
     * thematic break. Everything else at the start is already escaped by {@link #escape}; a setext underline
     * needs a line before it, and each paragraph is one line.
     *
     * @param paragraph one escaped paragraph line
     * @return the line, safe at the start of a block
     */
    static String guardBlockStart(String paragraph) {
        if (paragraph.isEmpty()) {
            return paragraph;
        }
        char first = paragraph.charAt(0);
        if (first == '-' || first == '+') {
            return "\\" + paragraph;
        }
        int digits = 0;
        while (digits < paragraph.length() && digits < 10 && isAsciiDigit(paragraph.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < paragraph.length()
                && (paragraph.charAt(digits) == '.' || paragraph.charAt(digits) == ')')) {
            return paragraph.substring(0, digits) + "\\" + paragraph.substring(digits);
        }
        return paragraph;
    }

    /**
     * @param text code, on one line
     * @return an inline code span whose fence is longer than any backtick run inside, or {@code ""} for blank text
     */
    public static String code(String text) {
        String content = collapseWhitespace(text).strip();
        if (content.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestRun(content, '`') + 1);
        boolean pad = content.startsWith("`") || content.endsWith("`");
        return pad ? fence + " " + content + " " + fence : fence + content + fence;
    }

    /**
     * @param language the info string, for example {@code java}, or {@code ""}
     * @param code the code, lines separated by {@code \n}
     * @return a fenced code block whose fence no line of the code can close
     */
    public static String codeBlock(String language, String code) {
        String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
        StringBuilder clean = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                clean.append(c == '\t' ? ' ' : c);
            }
        }
        String body = clean.toString().stripTrailing();
        return fence + language + "\n" + body + "\n" + fence;
    }

    /**
     * @param href a model link target
     * @return whether it is a web link (only those are kept: no {@code javascript:}, no relative paths)
     */
    static boolean isWebLink(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /**
     * @param href a web link
     * @return the link target percent-encoded so that it is one Markdown link destination: no spaces, parentheses,
     *     angle brackets, backslashes, quotes or backticks survive
     */
    public static String url(String href) {
        StringBuilder out = new StringBuilder();
        for (byte b : href.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c > 0x20 && c < 0x7f && "()<>\\\"'`[]{}|^ ".indexOf(c) < 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * @param text rendered Markdown link text
     * @param href a relative or web target, already safe
     * @return the link
     */
    public static String link(String text, String href) {
        return "[" + text + "](" + href + ")";
    }

    /**
     * @param block Markdown lines
     * @param prefix what to put before every non-blank line
     * @return the block with every non-blank line prefixed
     */
    public static String indent(String block, String prefix) {
        StringBuilder out = new StringBuilder();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (!lines[i].isBlank()) {
                out.append(prefix).append(lines[i]);
            }
        }
        return out.toString();
    }

    /** @param block Markdown lines @return the block as a block quote */
    static String quote(String block) {
        StringBuilder out = new StringBuilder();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lines[i].isBlank() ? ">" : "> " + lines[i]);
        }
        return out.toString();
    }

    /** @param text any text @return the text with every run of white space (line breaks included) as one space */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreakOrSpace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else if (!Character.isISOControl(c)) {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static boolean isLineBreakOrSpace(char c) {
        return Character.isWhitespace(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
