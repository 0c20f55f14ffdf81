package io.shapegen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh output folders for generator benchmarks, so every run writes all its files (an up-to-date check
 * never skips work), and their removal after the measurement.
 */
public final class ScratchDirectories {
    private final Path root;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param prefix the name prefix of the temporary root folder
     * @throws UncheckedIOException if it cannot be created
     */
    public ScratchDirectories(String prefix) {
        try {
            String base = System.getProperty("bench.scratch", System.getProperty("java.io.tmpdir"));
            Files.createDirectories(Path.of(base));
            root = Files.createTempDirectory(Path.of(base), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a folder that does not exist yet, under the root */
    public Path fresh() {
        return root.resolve("run-" + next.incrementAndGet());
    }

    /** Deletes the root and everything in it. */
    public void deleteAll() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the chime-sdk-identity conformance folder: {@code bench.chime.dir}, else the workspace's shared/ */
    public static Path chimeModelFolder() {
        return Path.of(System.getProperty("bench.chime.dir", "../shared/conformance/chime-sdk-identity"));
    }
}
