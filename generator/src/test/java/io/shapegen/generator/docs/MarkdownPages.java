package io.shapegen.generator.docs;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/** Markdown pages as GitHub reads them: flexmark with the GitHub profile and the GFM extensions. */
final class MarkdownPages {
    private static final MutableDataSet OPTIONS = new MutableDataSet();

    static {
        OPTIONS.setFrom(ParserEmulationProfile.GITHUB_DOC);
        OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), TaskListExtension.create()));
        // GitHub keeps underscores in anchors; spaces become hyphens.
        OPTIONS.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
        OPTIONS.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "_");
        OPTIONS.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false);
        OPTIONS.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        OPTIONS.set(HtmlRenderer.RENDER_HEADER_ID, true);
    }

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private MarkdownPages() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static String html(String markdown) {
        return RENDERER.render(parse(markdown));
    }

    /** @return every node of the page, depth first */
    static List<Node> nodes(Document document) {
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        return nodes;
    }

    /** @return the anchors of the page's headings, as GitHub makes them (duplicates numbered) */
    static List<String> anchors(Document document) {
        HeaderIdGenerator ids = new HeaderIdGenerator(OPTIONS);
        ids.generateIds(document);
        List<String> anchors = new ArrayList<>();
        for (Node node : nodes(document)) {
            if (node instanceof Heading heading) {
                anchors.add(heading.getAnchorRefId());
            }
        }
        return anchors;
    }

    /** @return the headings of one level, as text */
    static List<String> headings(Document document, int level) {
        List<String> headings = new ArrayList<>();
        for (Node node : nodes(document)) {
            if (node instanceof Heading heading && heading.getLevel() == level) {
                headings.add(heading.getText().toString());
            }
        }
        return headings;
    }

    /** @return the targets of every link */
    static List<String> links(Document document) {
        List<String> links = new ArrayList<>();
        for (Node node : nodes(document)) {
            if (node instanceof Link link) {
                links.add(link.getUrl().toString());
            }
        }
        return links;
    }
}
