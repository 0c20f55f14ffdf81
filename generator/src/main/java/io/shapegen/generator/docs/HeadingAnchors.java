package io.shapegen.generator.docs;

import java.util.List;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors. Generated headings are bare identifiers (or words separated by single spaces), whose anchor
 * is the same under GitHub, MkDocs and commonmark: the text lower-cased, spaces as hyphens. Two headings of
 * one page with the same anchor would make one of them unreachable (each tool numbers duplicates its own way),
 * so a page with a collision fails generation.
 */
final class HeadingAnchors {
    private HeadingAnchors() {
    }

    /** @param heading a heading's text @return its anchor, without {@code #} */
    static String of(String heading) {
        StringBuilder out = new StringBuilder();
        for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                out.append(c);
            } else if (c == ' ') {
                out.append('-');
            }
        }
        return out.toString();
    }

    /**
     * @param page the page's path, for the message
     * @param markdown the page
     * @throws DocsException if two ATX headings outside code blocks share an anchor
     */
    static void check(String page, String markdown) {
        Map<String, String> seen = new LinkedHashMap<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            boolean indentedLittle = line.length() - trimmed.length() <= 3;
            if (indentedLittle && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                char c = trimmed.charAt(0);
                int run = 0;
                while (run < trimmed.length() && trimmed.charAt(run) == c) {
                    run++;
                }
                if (fence == null) {
                    fence = trimmed.substring(0, run);
                } else if (trimmed.charAt(0) == fence.charAt(0) && run >= fence.length() && trimmed.substring(run).isBlank()) {
                    fence = null;
                }
                continue;
            }
            if (fence != null || !indentedLittle || !trimmed.startsWith("#")) {
                continue;
            }
            int level = 0;
            while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                level++;
            }
            if (level > 6 || level < trimmed.length() && trimmed.charAt(level) != ' ') {
                continue;
            }
            String text = trimmed.substring(level).strip().replaceAll("(^|\\s)#+$", "").strip();
            String anchor = of(text);
            String earlier = seen.putIfAbsent(anchor, text);
            if (earlier != null) {
                throw new DocsException("The docs page " + page + " has two headings with the anchor #" + anchor + ": \""
                        + earlier + "\" and \"" + text + "\". Anchors ignore letter case, so links to one of them would "
                        + "reach the other. Rename one of the shapes or operations (or change the template) so the names "
                        + "differ in more than letter case.", List.of(earlier, text));
            }
        }
    }
}
