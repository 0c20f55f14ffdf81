package io.shapegen.runtime.config;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where settings come from outside the code: environment variables, system properties and the home
 * directory. {@link #system()} reads the real ones; tests build a fixed one with {@link #of}, so
 * they never depend on the machine they run on.
 */
public final class Environment {
    private static final Environment SYSTEM = new Environment(System::getenv, System::getProperty,
            () -> Paths.get(System.getProperty("user.home", ".")));

    private final Function<String, String> variables;
    private final Function<String, String> properties;
    private final java.util.function.Supplier<Path> home;

    private Environment(Function<String, String> variables, Function<String, String> properties,
            java.util.function.Supplier<Path> home) {
        this.variables = variables;
        this.properties = properties;
        this.home = home;
    }

    /** @return the process's environment variables, system properties (read live) and {@code user.home} */
    public static Environment system() {
        return SYSTEM;
    }

    /**
     * A fixed environment, for tests and for embedding.
     *
     * @param variables environment variables
     * @param systemProperties system properties
     * @param homeDirectory the directory {@code ~} stands for
     * @return an environment that sees only these values
     */
    public static Environment of(Map<String, String> variables, Map<String, String> systemProperties, Path homeDirectory) {
        Map<String, String> vars = Map.copyOf(variables);
        Map<String, String> props = Map.copyOf(systemProperties);
        Objects.requireNonNull(homeDirectory, "homeDirectory");
        return new Environment(vars::get, props::get, () -> homeDirectory);
    }

    /**
     * A fixed environment with {@link Properties} as the system properties.
     *
     * @param variables environment variables
     * @param systemProperties system properties, copied
     * @param homeDirectory the directory {@code ~} stands for
     * @return an environment that sees only these values
     */
    public static Environment of(Map<String, String> variables, Properties systemProperties, Path homeDirectory) {
        Map<String, String> props = new java.util.HashMap<>();
        systemProperties.stringPropertyNames().forEach(name -> props.put(name, systemProperties.getProperty(name)));
        return of(variables, props, homeDirectory);
    }

    /**
     * @param name an environment variable name, for example {@code AWS_REGION}
     * @return its value, if set and not blank
     */
    public Optional<String> variable(String name) {
        return nonBlank(variables.apply(name));
    }

    /**
     * @param name a system property name, for example {@code aws.accessKeyId}
     * @return its value, if set and not blank
     */
    public Optional<String> systemProperty(String name) {
        return nonBlank(properties.apply(name));
    }

    /** @return the home directory, which {@code ~} in a path stands for */
    public Path homeDirectory() {
        return home.get();
    }

    /**
     * Expands a leading {@code ~} to the home directory.
     *
     * @param path a path as a user wrote it, for example {@code ~/.aws/config}
     * @return the path to read
     */
    public Path resolvePath(String path) {
        if (path.equals("~")) {
            return homeDirectory();
        }
        if (path.startsWith("~/") || path.startsWith("~" + java.io.File.separator)) {
            return homeDirectory().resolve(path.substring(2));
        }
        return Paths.get(path);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @Override
    public String toString() {
        return this == SYSTEM ? "Environment(system)" : "Environment(fixed)";
    }
}
