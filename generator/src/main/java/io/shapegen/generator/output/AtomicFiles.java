package io.shapegen.generator.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replacing a file so that readers see the old bytes or the new ones, never a part. */
final class AtomicFiles {
    /** Ends the name of a file being staged. */
    static final String TEMPORARY_SUFFIX = ".shapegen-tmp";

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code .<name>.shapegen-tmp} beside the target. The name is fixed rather than
     * random: creating a random temporary file costs twice as much as the write itself, gives the file
     * owner-only permissions, and a run that is killed leaves a file that the next run simply overwrites.
     *
     * @param target the file to replace; its folder must exist
     * @return the temporary file
     */
    static Path stage(Path target, byte[] content) throws IOException {
        Path temporary = temporaryFor(target);
        try {
            Files.write(temporary, content);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    /** @return where {@link #stage} puts the new bytes of {@code target} */
    static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMPORARY_SUFFIX);
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
