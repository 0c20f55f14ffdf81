package io.shapegen.generator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared/conformance} (system property {@code shapegen.conformance.dir}). Absent, tests skip
 * with a message, except under {@code CI=true}, where they fail: CI must never skip them.
 */
public final class ConformanceData {
    private ConformanceData() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("shapegen.conformance.dir", "../../shared/conformance")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = "The conformance data is not at " + dir + "; set -Dshapegen.conformance.dir to run these tests.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " CI=true never skips them.");
            }
            assumeTrue(false, message);
        }
        return dir;
    }
}
