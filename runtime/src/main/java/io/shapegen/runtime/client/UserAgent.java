package io.shapegen.runtime.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} of every request: {@code shapegen/<runtime version> java/<java.version>}. */
final class UserAgent {
    static final String VALUE = "shapegen/" + runtimeVersion() + " java/" + safe(System.getProperty("java.version", "unknown"));

    private UserAgent() {
    }

    private static String runtimeVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return safe(version.trim());
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "unknown";
    }

    /** Keeps the value one header-safe token. */
    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._+-]", "_");
    }
}
