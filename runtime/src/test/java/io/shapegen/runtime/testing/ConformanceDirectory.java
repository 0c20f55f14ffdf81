package io.shapegen.runtime.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared conformance data ({@code ../shared/conformance} from the project root). Its place is
 * the system property {@code shapegen.conformance.dir}, set by the parent pom; when that is unset or
 * wrong (a build started from the module folder), the folders above the working directory are searched.
 * When the data is absent the calling test is skipped, except with {@code CI=true}, where it fails.
 */
public final class ConformanceDirectory {
    private ConformanceDirectory() {
    }

    /**
     * @param relative a folder inside the conformance data, for example {@code sigv4/aws-c-auth-v4}
     * @return that folder; the caller is skipped (or, on CI, failed) when it is missing
     */
    public static Path require(String relative) {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty("shapegen.conformance.dir");
        if (property != null && !property.isBlank()) {
            tried.add(Paths.get(property));
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir.resolve("shared").resolve("conformance"));
        }
        for (Path candidate : tried) {
            Path folder = candidate.resolve(relative).normalize();
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        String message = "Conformance data '" + relative + "' not found; looked in " + tried
                + ". Set -Dshapegen.conformance.dir to the shared/conformance folder to run these tests.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: missing conformance data is a failure, not a skip.)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
