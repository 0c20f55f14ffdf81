package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every relative link and anchor of the chime docs resolves, as GitHub (flexmark's GitHub profile) reads them. */
class DocsLinksTest {
    @Test
    void everyLinkAndAnchorResolves() {
        Map<String, String> pages = DocsTestData.text(DocsTestData.chimeDocs());
        List<String> broken = DocsLinks.broken(pages);
        assertEquals(List.of(), broken);
        long links = pages.values().stream().mapToLong(text -> MarkdownPages.links(MarkdownPages.parse(text)).size()).sum();
        assertTrue(links > 1000, "the pages link to each other: " + links);
    }

    @Test
    void anchorsAreTheLowerCasedHeadingsAndUnique() {
        DocsTestData.text(DocsTestData.chimeDocs()).forEach((path, text) -> {
            var document = MarkdownPages.parse(text);
            List<String> headings = new ArrayList<>();
            for (int level = 1; level <= 6; level++) {
                headings.addAll(MarkdownPages.headings(document, level));
            }
            List<String> anchors = MarkdownPages.anchors(document);
            assertEquals(headings.stream().map(HeadingAnchors::of).sorted().toList(), anchors.stream().sorted().toList(),
                    path);
            assertEquals(anchors.size(), anchors.stream().distinct().count(), path);
            headings.forEach(heading -> assertTrue(heading.matches("[A-Za-z0-9_]+( [A-Za-z0-9_]+)*"),
                    path + ": heading is not a bare identifier: " + heading));
        });
    }

    @Test
    void noRawHtmlSurvives() {
        DocsTestData.text(DocsTestData.chimeDocs()).forEach((path, text) ->
                assertEquals(List.of(), DocsLinks.rawHtml(text), path));
    }
}
