package io.shapegen.generator.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.slf4j.helpers.NOPLogger;

/**
 * A strict Velocity engine over the built-in templates and the user's overrides. Strict reference mode makes a
 * misspelt reference an error instead of literal text; the secure introspector keeps templates away from
 * reflection, class loading, threads and the system; templates load only through {@link TemplateLoader}.
 */
final class DocsTemplates {
    /** Every built-in template; an override folder may replace any of them by file name. */
    static final List<String> BUILT_IN = List.of("README.md.vm", "client.md.vm", "operation.md.vm", "models.md.vm",
            "enums.md.vm", "exceptions.md.vm", "paginators.md.vm");

    private final VelocityEngine engine;
    private final Optional<Path> overrides;

    private DocsTemplates(VelocityEngine engine, Optional<Path> overrides) {
        this.engine = engine;
        this.overrides = overrides;
    }

    /**
     * The built-in templates never change within a JVM, so one engine, with the templates parsed at their first
     * use, serves every generation without overrides (a Velocity engine is safe to share between threads).
     */
    private static final class BuiltIn {
        static final DocsTemplates ENGINE = create(Optional.empty());
    }

    /**
     * @param overrides a folder whose {@code .vm} files replace the built-in templates of the same name, or empty
     * @return the engine: the shared one for the built-in templates, a new one (reading the folder afresh) for
     *     overrides
     * @throws DocsException if the folder is missing or has a {@code .vm} file that replaces no built-in template
     */
    static DocsTemplates of(Optional<Path> overrides) {
        return overrides.isEmpty() ? BuiltIn.ENGINE : create(overrides);
    }

    private static DocsTemplates create(Optional<Path> overrides) {
        overrides.ifPresent(DocsTemplates::checkOverrides);
        Properties properties = new Properties();
        properties.put(RuntimeConstants.RESOURCE_LOADERS, "docs");
        properties.put(RuntimeConstants.RESOURCE_LOADER + ".docs." + RuntimeConstants.RESOURCE_LOADER_INSTANCE,
                new TemplateLoader(overrides));
        properties.put(RuntimeConstants.RESOURCE_LOADER + ".docs." + RuntimeConstants.RESOURCE_LOADER_CACHE, "true");
        properties.put(RuntimeConstants.RESOURCE_LOADER + ".docs." + RuntimeConstants.RESOURCE_LOADER_CHECK_INTERVAL, "0");
        properties.put(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.put(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.put(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        properties.put(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        properties.put(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        properties.put(RuntimeConstants.SPACE_GOBBLING, "lines");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return new DocsTemplates(engine, overrides);
    }

    private static void checkOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DocsException("The docs template folder " + folder + " does not exist or is not a folder. Create it "
                    + "with the .vm files to replace (" + String.join(", ", BUILT_IN) + "), or leave the setting out.");
        }
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".vm") && !BUILT_IN.contains(name)).forEach(unknown::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the docs template folder " + folder, e);
        }
        if (!unknown.isEmpty()) {
            throw new DocsException("The docs template folder " + folder + " has " + String.join(", ", unknown)
                    + ", which replaces no built-in template. Name overrides after the template they replace ("
                    + String.join(", ", BUILT_IN) + "); give files you #parse another extension, such as .vtl.");
        }
    }

    /**
     * @param template a template name, for example {@code client.md.vm}
     * @param values the context
     * @return the rendered text
     * @throws DocsException if the template cannot be parsed or fails while rendering
     */
    String render(String template, Map<String, Object> values) {
        try {
            Template loaded = engine.getTemplate(template, "UTF-8");
            StringWriter out = new StringWriter();
            loaded.merge(new VelocityContext(new HashMap<>(values)), out);
            return out.toString();
        } catch (VelocityException e) {
            String where = overrides.map(folder -> Files.isRegularFile(folder.resolve(template))
                    ? "The override " + folder.resolve(template) : "The built-in template " + template)
                    .orElse("The built-in template " + template);
            throw new DocsException(where + " failed: " + e.getMessage() + ". Check the references against the "
                    + "template context in docs/templates.md.", e);
        }
    }
}
