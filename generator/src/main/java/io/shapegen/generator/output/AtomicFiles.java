package io.shapegen.generator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replacing a file so that readers see the old bytes or the new ones, never a part. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** @return a temporary file beside {@code target} holding {@code content} */
    static Path stage(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".shapegen-", ".tmp");
        try {
            Files.write(temporary, content);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    /** Renames a staged file over its target. */
    static void commit(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void replace(Path target, byte[] content) throws IOException {
        commit(stage(target, content), target);
    }
}
