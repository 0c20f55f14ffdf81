package io.shapegen.generator.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Loads templates by plain file name: from the user's override folder when it has a file of that name, else the
 * built-in one from the classpath. Names with a path separator (or starting with a dot) are refused, so no
 * template, not even an override's {@code #parse}, can read a file outside the override folder.
 */
final class TemplateLoader extends ResourceLoader {
    /** Where the built-in templates live on the classpath. */
    static final String BUILT_IN = "io/shapegen/generator/docs/templates/";

    private final Optional<Path> overrides;

    TemplateLoader(Optional<Path> overrides) {
        this.overrides = overrides;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Everything is given to the constructor.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (!isPlainName(name)) {
            throw new ResourceNotFoundException("Template names are plain file names such as client.md.vm, not \""
                    + name + "\".");
        }
        if (overrides.isPresent()) {
            Path file = overrides.get().resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ResourceNotFoundException("Cannot read the template " + file + ": " + e.getMessage(), e);
                }
            }
        }
        InputStream builtIn = TemplateLoader.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
        if (builtIn == null) {
            throw new ResourceNotFoundException("No template named " + name + ".");
        }
        return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
    }

    static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'));
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
