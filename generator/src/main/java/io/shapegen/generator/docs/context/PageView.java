package io.shapegen.generator.docs.context;

/**
 * The page being rendered.
 *
 * @param path its path under the service's docs folder, for example {@code operations/createAppInstance.md}
 * @param root the relative path from the page to the docs folder: {@code ./} or {@code ../}
 * @param template the template that renders it, for example {@code operation.md.vm}
 */
public record PageView(String path, String root, String template) {
}
