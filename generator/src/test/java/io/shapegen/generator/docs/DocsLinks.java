package io.shapegen.generator.docs;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Resolves every link of a set of pages: relative files must exist, anchors must be headings of the target. */
final class DocsLinks {
    /** Where the breadcrumbs' "Index" points: the docs tree's index, one folder up from the service's pages. */
    static final String INDEX = "../README.md";

    private DocsLinks() {
    }

    /** @param pages the pages by path @return one line per broken link; empty when all resolve */
    static List<String> broken(Map<String, String> pages) {
        Map<String, Document> documents = new HashMap<>();
        Map<String, Set<String>> anchors = new HashMap<>();
        pages.forEach((path, text) -> {
            Document document = MarkdownPages.parse(text);
            documents.put(path, document);
            anchors.put(path, new HashSet<>(MarkdownPages.anchors(document)));
        });
        List<String> broken = new ArrayList<>();
        documents.forEach((page, document) -> {
            for (String link : MarkdownPages.links(document)) {
                String problem = problem(page, link, pages.keySet(), anchors);
                if (problem != null) {
                    broken.add(page + ": " + link + " (" + problem + ")");
                }
            }
        });
        broken.sort(null);
        return broken;
    }

    private static String problem(String page, String link, Set<String> paths, Map<String, Set<String>> anchors) {
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return URI.create(link).getHost() == null ? "not a valid web link" : null;
        }
        if (lower.contains(":")) {
            return "only web links and relative links are allowed";
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? "" : link.substring(hash + 1);
        String target = file.isEmpty() ? page : resolve(page, file);
        if (target.startsWith("../")) {
            return target.equals(INDEX) && fragment.isEmpty() ? null : "leaves the docs folder";
        }
        if (!paths.contains(target)) {
            return "no page " + target;
        }
        if (!fragment.isEmpty() && !anchors.get(target).contains(fragment)) {
            return "no heading #" + fragment + " in " + target;
        }
        return null;
    }

    /** @return the path of {@code file} relative to the docs folder, as seen from {@code page} */
    static String resolve(String page, String file) {
        List<String> parts = new ArrayList<>(List.of(page.split("/")));
        parts.remove(parts.size() - 1);
        for (String segment : file.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty() || parts.get(parts.size() - 1).equals("..")) {
                    parts.add("..");
                } else {
                    parts.remove(parts.size() - 1);
                }
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** @return the simple class names of raw HTML nodes in the page (flexmark's Html* nodes) */
    static List<String> rawHtml(String markdown) {
        List<String> found = new ArrayList<>();
        for (Node node : MarkdownPages.nodes(MarkdownPages.parse(markdown))) {
            String type = node.getClass().getSimpleName();
            if (type.startsWith("Html") && !type.equals("HtmlEntity")) {
                found.add(type + ": " + node.getChars());
            }
        }
        return found;
    }
}
