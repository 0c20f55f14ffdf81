package io.shapegen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's version and fingerprint, both written by the build into resources beside this class. */
public final class GeneratorVersion {
    private static final String VERSION = load("version.properties", "version");
    private static final String FINGERPRINT = load("fingerprint.properties", "fingerprint");

    private GeneratorVersion() {
    }

    /** @return for example {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a Maven build */
    public static String get() {
        return VERSION;
    }

    /**
     * @return the version and a SHA-256 over every class and resource of the generator, computed by the build
     *     ({@code maven-antrun-plugin}'s checksum in the generator's pom): a rebuilt snapshot with any change gets
     *     another fingerprint, an unchanged rebuild the same one. Only the version when the classes were not built by
     *     Maven (an IDE's output folder).
     */
    public static String fingerprint() {
        return FINGERPRINT.equals("unknown") ? VERSION : VERSION + "+" + FINGERPRINT;
    }

    private static String load(String resource, String key) {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
