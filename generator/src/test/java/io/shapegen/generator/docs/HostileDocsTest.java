package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.shapegen.generator.flavour.Flavour;
import io.shapegen.generator.spec.ServiceSpecResolver;
import io.shapegen.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documentation cannot inject Markdown or HTML: a small model whose docs, names and enum values are full of
 * Markdown and HTML syntax renders them as text, and every page still parses into the intended structure.
 */
class HostileDocsTest {
    private static final String MODEL = "io/shapegen/generator/docs/hostile-docs/service-2.json";
    private static final String PAGINATORS = "io/shapegen/generator/docs/hostile-docs/paginators-1.json";

    private static Map<String, String> pages;

    @BeforeAll
    static void render() {
        ServiceModel model = DocsTestData.resourceModel(MODEL);
        pages = DocsTestData.text(MarkdownDocs.render(ServiceSpecResolver.resolve(model,
                Flavour.standard().withBasePackage("com.example.evil"),
                Optional.of(DocsTestData.resourcePaginators(PAGINATORS, model))), Optional.empty()));
    }

    @Test
    void noRawHtmlImagesTablesOrStrikethrough() {
        pages.forEach((path, text) -> {
            assertEquals(List.of(), DocsLinks.rawHtml(text), path);
            for (Node node : MarkdownPages.nodes(MarkdownPages.parse(text))) {
                String type = node.getClass().getSimpleName();
                assertFalse(node instanceof Image || type.startsWith("Table") || type.equals("Strikethrough")
                        || type.equals("TaskListItem"), path + ": " + type + " " + node.getChars());
            }
            String html = MarkdownPages.html(text);
            assertFalse(html.contains("<script"), path);
            assertFalse(html.contains("<img"), path);
            assertFalse(html.contains("href=\"javascript"), path + " links only web targets");
        });
    }

    @Test
    void headingsAreOnlyTheTemplatesOwn() {
        pages.forEach((path, text) -> {
            var document = MarkdownPages.parse(text);
            for (int level = 1; level <= 6; level++) {
                for (String heading : MarkdownPages.headings(document, level)) {
                    assertTrue(heading.matches("[A-Za-z0-9_]+( [A-Za-z0-9_]+)*"), path + ": heading " + heading);
                }
            }
        });
        assertEquals(List.of("EvilDocs"), MarkdownPages.headings(MarkdownPages.parse(pages.get("README.md")), 1));
    }

    @Test
    void markdownAndHtmlInDocsRenderAsText() {
        String readme = MarkdownPages.html(pages.get("README.md"));
        for (String literal : List.of("# Not a heading", "| a | b |", "|---|---|", "``` fences, `ticks`, */ and",
                "&lt;img src=x onerror=alert(2)&gt;", "*star* _under_ [link](javascript:alert(3)) ![img](x.png)",
                "1. not a list", "- dash", "+ plus", "---", "=====", "&lt;b&gt;entity&lt;/b&gt; &amp;lt;i&amp;gt; ~~strike~~",
                "${velocity} #set($x = 1) ## comment", "&lt;script&gt;alert('name')&lt;/script&gt;")) {
            assertTrue(readme.contains(literal), "README shows literally: " + literal + "\n" + readme);
        }
        assertTrue(readme.contains("<code>a`b``c</code>"), "code keeps its backticks");
        assertTrue(readme.contains("<a href=\"https://example.com/a%20b%28c%29\">web link</a>"), readme);
        assertTrue(readme.contains("js link"), "a javascript: link keeps its text");
        assertTrue(readme.contains("<blockquote>"), "a note is a block quote");
        assertTrue(readme.contains("<pre><code>``` code\n# inside\n</code></pre>"), "pre is a code block");
    }

    @Test
    void operationPageMarksDeprecationRecursionAndTokens() {
        String page = pages.get("operations/doThing.md");
        String html = MarkdownPages.html(page);
        assertTrue(html.contains("<strong>Deprecated:</strong> this operation is deprecated. Use *other* &lt;b&gt;thing&lt;/b&gt; | now"), html);
        assertTrue(html.contains("## Fake heading. Then <strong>bold</strong> and <em>italic</em> and <code>code</code>."), html);
        assertTrue(page.contains("- `old` (`String`) **(deprecated)**"), page);
        assertTrue(page.contains("*Recursive:* [`Node`](../models.md#node) contains itself"), page);
        assertTrue(page.contains(".next(Node.builder().build())  // recursive: Node again, see above"), page);
        assertTrue(page.contains("Auto-filled if absent"), page);
        assertTrue(page.contains("- the `x-evil-request-id` header: `requestId()`"), page);
        assertTrue(html.contains("A name: `x` | y # z */ alert(5)"), html);
        String client = pages.get("client.md");
        assertTrue(client.contains("### doThing\n\n> **Deprecated:**"), client);
        assertTrue(pages.get("README.md").contains("[doThing](./operations/doThing.md) (deprecated)"));
    }

    @Test
    void enumValuesAreCodeSpansThatCannotBreakOut() {
        String enums = MarkdownPages.html(pages.get("enums.md"));
        for (String value : List.of("<code>a`b</code>", "<code>&lt;script&gt;</code>", "<code>x|y</code>", "<code>#hash</code>")) {
            assertTrue(enums.contains(value), value + "\n" + enums);
        }
    }

    @Test
    void everyLinkResolves() {
        assertEquals(List.of(), DocsLinks.broken(pages));
    }

    @Test
    void theNamesTheJavaGeneratorTripsOnStillMakeValidPages() {
        ServiceModel model = DocsTestData.resourceModel("hostile/service-2.json");
        Map<String, String> hostile = DocsTestData.text(MarkdownDocs.render(
                ServiceSpecResolver.resolve(model, "com.example.hostile"), Optional.empty()));
        assertEquals(List.of(), DocsLinks.broken(hostile));
        hostile.forEach((path, text) -> assertEquals(List.of(), DocsLinks.rawHtml(text), path));
    }

    @Test
    void anchorCollisionFailsWithAClearMessage() {
        ServiceModel model = DocsTestData.resourceModel("io/shapegen/generator/docs/anchor-collision/service-2.json");
        DocsException failure = assertThrows(DocsException.class, () -> MarkdownDocs.render(
                ServiceSpecResolver.resolve(model, "com.example.clash"), Optional.empty()));
        assertTrue(failure.getMessage().contains("client.md"), failure.getMessage());
        assertTrue(failure.getMessage().contains("#methods"), failure.getMessage());
        assertTrue(failure.getMessage().contains("\"Methods\" and \"methods\""), failure.getMessage());
    }
}
