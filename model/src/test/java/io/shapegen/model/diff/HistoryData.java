package io.shapegen.model.diff;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shapegen.model.ModelLoader;
import io.shapegen.model.ModelSource;
import io.shapegen.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The published history of chime-sdk-identity in {@code ../shared/conformance} (system property
 * {@code shapegen.conformance.dir}), as in io.shapegen.model.ConformanceData: absent, tests skip with a message,
 * except under {@code CI=true}, where they fail.
 */
final class HistoryData {
    private HistoryData() {
    }

    /** @param date the version's date, for example {@code 2021-08-06} @return that version of the model */
    static ServiceModel chimeSdkIdentity(String date) {
        Path dir = dir().resolve("chime-sdk-identity/history");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith("service-2." + date + "."))
                    .findFirst().orElseThrow(() -> new AssertionError("no model of " + date + " in " + dir));
            return ModelLoader.loadService(ModelSource.read(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path dir() {
        Path dir = Path.of(System.getProperty("shapegen.conformance.dir", "../../shared/conformance"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            String message = "The conformance data is not at " + dir
                    + "; set -Dshapegen.conformance.dir to run these tests.";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " CI=true never skips them.");
            }
            assumeTrue(false, message);
        }
        return dir;
    }
}
