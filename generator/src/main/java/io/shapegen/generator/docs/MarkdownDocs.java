package io.shapegen.generator.docs;

import io.shapegen.generator.docs.context.OperationView;
import io.shapegen.generator.docs.context.PageView;
import io.shapegen.generator.docs.context.ServiceView;
import io.shapegen.generator.output.GeneratedFile;
import io.shapegen.generator.spec.ServiceSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the Markdown docs of one service: {@code README.md}, {@code client.md}, {@code operations/<method>.md},
 * {@code models.md}, {@code enums.md}, {@code exceptions.md} and {@code paginators.md}, paths relative to the
 * service's docs folder. The folder is meant to sit in a docs tree whose {@code ../README.md} is the index of all
 * services (every page's breadcrumb starts there).
 *
 * <p>The pages come from Velocity templates (docs/templates.md describes them and their context), which a user
 * folder may replace one by one. Output is deterministic: no dates, sorted iteration, {@link Locale#ROOT}.
 */
public final class MarkdownDocs {
    private MarkdownDocs() {
    }

    /**
     * @param service the resolved service, with its paginators
     * @param templateOverrides a user folder whose .vm files replace built-in templates of the same name (others
     *     fall back), or empty
     * @return the pages, sorted by path
     * @throws DocsException if a template fails, the override folder is wrong, or two headings of a page (or two
     *     pages) would get the same lower-case anchor (or path)
     */
    public static List<GeneratedFile> render(ServiceSpec service, Optional<Path> templateOverrides) {
        ServiceView view = new ServiceDocs(service).view();
        DocsTemplates templates = DocsTemplates.of(templateOverrides);
        Map<String, String> pages = new LinkedHashMap<>();
        page(pages, templates, view, "README.md", "README.md.vm", Map.of());
        page(pages, templates, view, DocsIndex.CLIENT, "client.md.vm", Map.of());
        for (OperationView operation : view.operations()) {
            page(pages, templates, view, operation.href(), "operation.md.vm", Map.of("operation", operation));
        }
        page(pages, templates, view, DocsIndex.MODELS, "models.md.vm", Map.of());
        page(pages, templates, view, DocsIndex.ENUMS, "enums.md.vm", Map.of());
        page(pages, templates, view, DocsIndex.EXCEPTIONS, "exceptions.md.vm", Map.of());
        page(pages, templates, view, DocsIndex.PAGINATORS, "paginators.md.vm", Map.of());

        List<GeneratedFile> files = new ArrayList<>();
        pages.forEach((path, text) -> files.add(new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8))));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return List.copyOf(files);
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static void page(Map<String, String> pages, DocsTemplates templates, ServiceView service, String path,
            String template, Map<String, Object> extra) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (String existing : pages.keySet()) {
            if (existing.toLowerCase(Locale.ROOT).equals(lower)) {
                throw new DocsException("The docs pages " + existing + " and " + path + " differ only in letter case, so "
                        + "they would overwrite each other on case-insensitive file systems. Rename one of the operations.",
                        List.of(stem(existing), stem(path)));
            }
        }
        String root = path.contains("/") ? "../".repeat((int) path.chars().filter(c -> c == '/').count()) : "./";
        Map<String, Object> values = new HashMap<>(extra);
        values.put("service", service);
        values.put("page", new PageView(path, root, template));
        values.put("h1", "#");
        values.put("h2", "##");
        values.put("h3", "###");
        values.put("h4", "####");
        String text = tidy(templates.render(template, values));
        HeadingAnchors.check(path, text);
        pages.put(path, text);
    }

    /**
     * Trims trailing spaces (which Markdown reads as line breaks), keeps at most one blank line between blocks
     * outside code blocks, and ends the page with one line break, so templates need not count blank lines.
     */
    static String tidy(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean blank = true;
        String fence = null;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                String run = trimmed.substring(0, runLength(trimmed));
                if (fence == null) {
                    fence = run;
                } else if (run.charAt(0) == fence.charAt(0) && run.length() >= fence.length()
                        && trimmed.substring(run.length()).isBlank()) {
                    fence = null;
                }
            }
            if (line.isEmpty() && fence == null) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
                continue;
            }
            out.append(line).append('\n');
            blank = false;
        }
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static int runLength(String text) {
        int run = 0;
        while (run < text.length() && text.charAt(run) == text.charAt(0)) {
            run++;
        }
        return run;
    }
}
