package io.shapegen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's version, from the build (a filtered resource). */
public final class GeneratorVersion {
    private static final String VERSION = load();

    private GeneratorVersion() {
    }

    /** @return for example {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a Maven build */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
