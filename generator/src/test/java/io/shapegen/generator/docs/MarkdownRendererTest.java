package io.shapegen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How model HTML becomes Markdown. */
class MarkdownRendererTest {
    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertEquals("One.\n\nTwo.", MarkdownRenderer.render("<p>One.</p>\n  <p>Two.</p>"));
        assertEquals("Loose text and more.", MarkdownRenderer.render("Loose   text\nand more."));
        assertEquals("", MarkdownRenderer.render("<p> </p>"));
    }

    @Test
    void codeBecomesCodeSpansFencedLongerThanTheirBackticks() {
        assertEquals("Use `AppInstance` here.", MarkdownRenderer.render("Use <code>AppInstance</code> here."));
        assertEquals("``a`b``", MarkdownRenderer.render("<code>a`b</code>"));
        assertEquals("`` `a ``", MarkdownRenderer.render("<code>`a</code>"));
        assertEquals("```a``b```", MarkdownRenderer.render("<code>a``b</code>"));
    }

    @Test
    void onlyWebLinksSurvive() {
        assertEquals("[the docs](https://example.com/a%20b%28c%29)",
                MarkdownRenderer.render("<a href=\"https://example.com/a b(c)\">the docs</a>"));
        assertEquals("click", MarkdownRenderer.render("<a href=\"javascript:alert(1)\">click</a>"));
        assertEquals("relative", MarkdownRenderer.render("<a href=\"../other.html\">relative</a>"));
        assertEquals("[https://example.com](https://example.com)", MarkdownRenderer.render("<a href=\"https://example.com\"></a>"));
        assertEquals("[see `X`](https://example.com)", MarkdownRenderer.render("<a href=\"https://example.com\">see <code>X</code></a>"));
    }

    @Test
    void listsNestAndNumber() {
        assertEquals("- a\n- b", MarkdownRenderer.render("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("1. a\n2. b", MarkdownRenderer.render("<ol><li>a</li><li>b</li></ol>"));
        assertEquals("- a\n\n    - b\n\n- c", MarkdownRenderer.render("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"));
        assertEquals("- one\n\n    two", MarkdownRenderer.render("<ul><li><p>one</p><p>two</p></li></ul>"));
    }

    @Test
    void notesAreBlockQuotes() {
        assertEquals("> **Note:** Careful.", MarkdownRenderer.render("<note>Careful.</note>"));
        assertEquals("> **Important:** One.\n>\n> Two.", MarkdownRenderer.render("<important><p>One.</p><p>Two.</p></important>"));
        assertEquals("> **Note:**\n>\n> - a", MarkdownRenderer.render("<note><ul><li>a</li></ul></note>"));
    }

    @Test
    void emphasisTouchesItsText() {
        assertEquals("**bold** and *italic*", MarkdownRenderer.render("<b> bold </b>and <i>italic</i>"));
        assertEquals("**a b**", MarkdownRenderer.render("<b>a <strong>b</strong></b>"));
    }

    @Test
    void unknownTagsKeepTheirText() {
        assertEquals("Kept text.", MarkdownRenderer.render("<fullname>Kept</fullname> <span class=\"x\">text</span>."));
        assertEquals("A heading", MarkdownRenderer.render("<h1>A heading</h1>"));
    }

    @Test
    void markdownSyntaxInTextIsEscaped() {
        assertEquals("\\# not a heading", MarkdownRenderer.render("# not a heading"));
        assertEquals("\\- not a list", MarkdownRenderer.render("- not a list"));
        assertEquals("1\\. not a list", MarkdownRenderer.render("1. not a list"));
        assertEquals("\\*/ &#124; \\` \\_x\\_ \\[a\\](b) &lt;script&gt; &amp;amp; &#126;&#126;x&#126;&#126;",
                MarkdownRenderer.render("*/ | ` _x_ [a](b) &lt;script&gt; &amp;amp; ~~x~~"));
        assertEquals("alert(1)", MarkdownRenderer.render("<script>alert(1)</script>"));
    }

    @Test
    void summaryIsTheFirstSentenceOutsideCode() {
        assertEquals("Creates an `AppInstance`.",
                MarkdownRenderer.summary("<p>Creates an <code>AppInstance</code>. More text.</p><p>Other.</p>"));
        assertEquals("Calls `a. b` then stops.", MarkdownRenderer.summary("Calls <code>a. b</code> then stops. Next."));
        assertEquals("See [x. y](https://example.com).",
                MarkdownRenderer.summary("See <a href=\"https://example.com\">x. y</a>. Next."));
        assertEquals("", MarkdownRenderer.summary(""));
        assertEquals("First item.", MarkdownRenderer.summary("<ul><li>First item. Second.</li></ul>"));
    }

    @Test
    void deepNestingDoesNotExhaustTheStack() {
        String html = "<b>".repeat(20_000) + "deep" + "</b>".repeat(20_000) + "<ul><li>".repeat(5_000) + "x";
        String markdown = MarkdownRenderer.render(html);
        assertTrue(markdown.contains("deep"));
        assertTrue(markdown.contains("x"));
    }
}
