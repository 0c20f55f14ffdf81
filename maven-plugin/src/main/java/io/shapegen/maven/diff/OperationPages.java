package io.shapegen.maven.diff;

import io.shapegen.generator.spec.OperationSpec;
import io.shapegen.generator.spec.ServiceSpec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the docs page of each operation is, for the changelog's links: {@code <docsBaseUrl>/operations/<method>.md},
 * with the method name the generator gives the operation (so the link matches the page it writes).
 */
public final class OperationPages {
    private static final OperationPages NONE = new OperationPages(Map.of());

    private final Map<String, String> pages;

    private OperationPages(Map<String, String> pages) {
        this.pages = pages;
    }

    /** @return no pages: the changelog names operations without links */
    public static OperationPages none() {
        return NONE;
    }

    /**
     * @param service the new model, resolved as the generator resolves it
     * @param docsBaseUrl the URL or relative path of the service's docs folder (the one holding {@code client.md}
     *     and {@code operations/}), as seen from the changelog; blank for no links
     * @return the page of every operation of the service
     */
    public static OperationPages of(ServiceSpec service, String docsBaseUrl) {
        if (docsBaseUrl == null || docsBaseUrl.isBlank()) {
            return NONE;
        }
        String base = docsBaseUrl.strip().replaceFirst("/+$", "");
        Map<String, String> pages = new TreeMap<>();
        for (OperationSpec operation : service.operations()) {
            pages.put(operation.operation().name(), base + "/operations/" + operation.methodName() + ".md");
        }
        return new OperationPages(pages);
    }

    /** @param operation an operation's model name @return its page, if the new model has it and links are on */
    public Optional<String> page(String operation) {
        return Optional.ofNullable(pages.get(operation));
    }
}
