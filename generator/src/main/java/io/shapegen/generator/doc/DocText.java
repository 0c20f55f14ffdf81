package io.shapegen.generator.doc;

import java.util.List;

/** Plain-text views of documentation: for summaries and for content nested too deep to render. */
public final class DocText {
    private DocText() {
    }

    /** @param nodes documentation nodes @return their text only, whitespace collapsed */
    public static String plain(List<DocNode> nodes) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<DocNode> pending = new java.util.ArrayDeque<>(nodes);
        while (!pending.isEmpty()) {
            DocNode node = pending.pollFirst();
            if (node instanceof DocNode.Text text) {
                out.append(text.text());
            } else {
                DocNode.Element element = (DocNode.Element) node;
                List<DocNode> children = element.children();
                if (element.isBlock()) {
                    out.append(' ');
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.addFirst(children.get(i));
                }
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** @param html model documentation @return its first sentence as plain text */
    public static String firstSentence(String html) {
        String text = plain(HtmlDocParser.parse(html));
        int end = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                end = i + 1;
                break;
            }
        }
        return end < 0 ? text : text.substring(0, end);
    }
}
